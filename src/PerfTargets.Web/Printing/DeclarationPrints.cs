using PerfTargets.Core.Printing;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Data.Verification;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Printing;

/// <summary>
/// What a declaration prints: a draft as it stands now, its 审核意见 boxes blank; once submitted, the frozen version under
/// review (never the live row), with the department's seal it was submitted with and the 审核意见
/// of each section whose approval stands; once approved, the verification mark, whose address
/// starts at <c>baseUrl</c> unless Verification:PublicBaseUrl says otherwise, and 调整后 with its date
/// when the version was approved through an adjustment. <see cref="PrintOptions.Version"/> prints an
/// approved version by its number, such as the one an adjustment replaced.
/// </summary>
public sealed class DeclarationPrints(PerfTargetsDbContext db, FrozenVersions frozenVersions, ApprovedVersionLookup approvals)
{
    // What the forms of one request share (a department's document, a round's batch of a thousand) is read
    // once per request: the review chain, each department and seal (frameworks: FrameworkCatalog, once per process). They are bounded by how
    // many of those there are, not by the forms; and a seal printed on many forms is one image in the PDF.
    private readonly Dictionary<int, Core.Departments.Department?> departments = [];
    private readonly Dictionary<int, byte[]> sealImages = [];
    private ReviewChain? chain;

    public async Task<DeclarationPrint> LoadAsync(Declaration declaration, Uri baseUrl, CancellationToken cancellationToken = default) =>
        await LoadAsync(declaration, baseUrl, PrintOptions.Default, cancellationToken);

    /// <inheritdoc cref="LoadAsync(Declaration, Uri, CancellationToken)"/>
    public async Task<DeclarationPrint> LoadAsync(Declaration declaration, Uri baseUrl, PrintOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(declaration);
        var department = await DepartmentAsync(declaration.DepartmentId, cancellationToken)
            ?? throw new InvalidOperationException($"Declaration {declaration.Id} names department {declaration.DepartmentId}, which does not exist.");
        var parent = department.ParentId is { } parentId ? await DepartmentAsync(parentId, cancellationToken) : null;
        var chain = this.chain ??= await db.LoadChainAsync(cancellationToken);
        var print = new DeclarationPrint
        {
            Declaration = declaration,
            DepartmentName = department.Name,
            DepartmentCode = department.Code,
            SupervisingDepartment = Core.Departments.SupervisingDepartment.Of(declaration, department, parent),
            UnitProfile = department.Profile,
            Framework = await db.FindFrameworkAsync(declaration.FrameworkId, cancellationToken),
            OmitEmptyLevel2s = options.OmitEmptyLevel2s,
        };
        if (declaration.Status == DeclarationStatus.Draft && options.Version is null)
        {
            // The paper goes round with its 审核意见 boxes blank, for each section in use to fill and stamp by hand.
            return print with { Reviews = [.. chain.Sections.Where(s => !s.IsDisabled).Select(s => new ReviewBox(s.Name))] };
        }

        var versions = db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == declaration.Id);
        var version = options.Version is { } number
            ? await versions.SingleAsync(v => v.Number == number, cancellationToken)
            : await versions.OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        var approved = await db.ApprovedVersions().AnyAsync(v => v.Id == version.Id, cancellationToken);
        var history = await DeclarationHistory.LoadAsync(db, declaration.Id, cancellationToken);
        var submission = history.Events.Last(e => e.Kind == DeclarationEventKind.Submitted && e.VersionId == version.Id);
        var boxes = approved ? ApprovedBoxes(history, version.Id, chain) : ReviewBoxes(declaration, history, chain);
        var sealIds = boxes.Select(b => b.Approval?.SealId).Append(submission.SealId).OfType<int>().ToList();
        var seals = await SealsAsync(sealIds, cancellationToken);
        var frozen = await frozenVersions.ReadAsync(version, cancellationToken);
        frozen.TakeStateOf(declaration);
        return print with
        {
            Declaration = frozen,
            VersionNumber = version.Number,
            VersionHash = version.ContentHash,
            VersionSubmittedAt = DateTime.SpecifyKind(version.SubmittedAt, DateTimeKind.Utc),
            DepartmentSeal = submission.SealId is { } departmentSeal ? seals.GetValueOrDefault(departmentSeal) : null,
            Reviews = [.. boxes.Select(box => box.Approval is { } approval
                ? new ReviewBox(box.SectionName, approval.Opinion + StandingApprovals.VersionNote(approval, version.Number), approval.UserName, ChinaTime.Day(approval.At),
                    approval.SealId is { } seal ? seals.GetValueOrDefault(seal) : null)
                : new ReviewBox(box.SectionName))],
            Verification = approved ? await approvals.MarkAsync(declaration.Id, baseUrl, version.Number, cancellationToken) : null,
            AdjustedOn = approved && Adjustment.ApprovedAdjustmentAt(history.Events, version.Id) is { } adjusted ? ChinaTime.Day(adjusted) : null,
        };
    }

    private async Task<Core.Departments.Department?> DepartmentAsync(int id, CancellationToken cancellationToken)
    {
        if (!departments.TryGetValue(id, out var department))
        {
            departments[id] = department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        }

        return department;
    }

    private async Task<Dictionary<int, byte[]>> SealsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !sealImages.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, png) in await db.Seals.AsNoTracking().Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.Png }).ToDictionaryAsync(s => s.Id, s => s.Png, cancellationToken))
            {
                sealImages[id] = png;
            }
        }

        return sealImages;
    }

    /// <summary>The 审核意见 boxes of an approved version: exactly the approvals it was approved with (the chain as it stood then), each under the section's name of that time.</summary>
    private static IReadOnlyList<(string SectionName, DeclarationEvent? Approval)> ApprovedBoxes(DeclarationHistory history, int versionId, ReviewChain chain) =>
        [.. StandingApprovals.AtApprovalOf(history.Events, versionId).Select(a => (a.ActingFor ?? chain.Find(a.SectionId)?.Name ?? string.Empty, (DeclarationEvent?)a))];

    /// <summary>
    /// The 审核意见 boxes of a version under review: every section in use and any 停用 one whose
    /// approval stands, empty until it approves.
    /// </summary>
    private static IReadOnlyList<(string SectionName, DeclarationEvent? Approval)> ReviewBoxes(Declaration declaration, DeclarationHistory history, ReviewChain chain)
    {
        var standing = StandingApprovals.For(history.Events, chain, declaration.Review.AwaitingSectionId);
        return [.. chain.Sections.Where(s => !s.IsDisabled || standing.ContainsKey(s.Id))
            .Select(s => (s.Name, standing.TryGetValue(s.Id, out var approval) ? approval : null))];
    }
}
