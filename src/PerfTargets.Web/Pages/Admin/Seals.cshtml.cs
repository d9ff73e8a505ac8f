using PerfTargets.Core.Seals;
using PerfTargets.Data.Seals;
using PerfTargets.Pdf.Seals;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>印章: each department's and review section's seal, uploaded as a PNG or generated as the standard round red seal.</summary>
[Authorize(Policy = AccountRoles.Admin)]
[RequestSizeLimit(UploadLimits.ReadToEnd)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.ReadToEnd)]
public sealed class SealsModel(PerfTargetsDbContext db, SealChanges seals) : PageModel
{
    public IReadOnlyList<SealRow> Sections { get; private set; } = [];

    public IReadOnlyList<SealRow> Departments { get; private set; } = [];

    [TempData]
    public string? SealMessage { get; set; }

    /// <summary>The row whose upload was refused, and why.</summary>
    public (SealOwner Owner, int Id, IReadOnlyList<string> Problems)? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(SealOwner owner, int id, IFormFile? file, CancellationToken cancellationToken)
    {
        var name = await OwnerNameAsync(owner, id, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        // An oversized file is refused by its declared length, before a byte of it is read.
        var data = file is null || file.Length > Seal.MaxBytes ? [] : await ReadAsync(file, cancellationToken);
        var report = file?.Length > Seal.MaxBytes ? SealImageCheck.TooLarge(file.Length) : SealImageCheck.Check(data);
        if (!report.Accepted)
        {
            Refused = (owner, id, report.Problems);
            await LoadAsync(cancellationToken);
            return Page();
        }

        await seals.AddAsync(owner, id, name, data, report.Width, report.Height, generated: false, HttpContext.Actor(), cancellationToken);
        SealMessage = report.HasTransparency
            ? $"已启用{name}的新印章。"
            : $"已启用{name}的新印章。注意：该图片没有透明背景，盖在表格上会遮住文字，建议换用透明背景的 PNG。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostGenerateAsync(SealOwner owner, int id, CancellationToken cancellationToken)
    {
        var name = await OwnerNameAsync(owner, id, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        var (arc, caption) = await LetteringAsync(owner, id, cancellationToken);
        byte[] png;
        try
        {
            png = StandardSeal.Draw(arc, caption);
        }
        catch (SealFontMissingException e)
        {
            Refused = (owner, id, [e.Message]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        await seals.AddAsync(owner, id, name, png, 480, 480, generated: true, HttpContext.Actor(), cancellationToken);
        SealMessage = $"已为{name}生成并启用标准印章。";
        return RedirectToPage();
    }

    /// <summary>What a standard seal letters: a section's organisation on the arc and its name below; a department's name on the arc.</summary>
    private async Task<(string Arc, string? Caption)> LetteringAsync(SealOwner owner, int id, CancellationToken cancellationToken)
    {
        if (owner == SealOwner.ReviewSection)
        {
            var section = await db.ReviewSections.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
            return (section.Organisation, section.Name);
        }

        return (await db.Departments.Where(d => d.Id == id).Select(d => d.Name).SingleAsync(cancellationToken), null);
    }

    /// <summary>
    /// The owner's name; null for none, and for an owner or id the form did not give as a number
    /// or name the binder could read (which it would otherwise take as 0, a department).
    /// </summary>
    private async Task<string?> OwnerNameAsync(SealOwner owner, int id, CancellationToken cancellationToken) => !ModelState.IsValid ? null : owner switch
    {
        SealOwner.ReviewSection => await db.ReviewSections.Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken),
        SealOwner.Department => await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken),
        _ => null,
    };

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var sectionSeals = await db.CurrentSealIdsAsync(SealOwner.ReviewSection, cancellationToken);
        var departmentSeals = await db.CurrentSealIdsAsync(SealOwner.Department, cancellationToken);
        Sections = (await db.ReviewSections.AsNoTracking().OrderBy(s => s.Sequence).ToListAsync(cancellationToken))
            .Select(s => new SealRow(SealOwner.ReviewSection, s.Id, s.Name, s.Organisation, sectionSeals.TryGetValue(s.Id, out var seal) ? seal : null)).ToList();
        Departments = (await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken))
            .Select(d => new SealRow(SealOwner.Department, d.Id, d.Name, d.Code, departmentSeals.TryGetValue(d.Id, out var seal) ? seal : null)).ToList();
    }

    public sealed record SealRow(SealOwner Owner, int Id, string Name, string Note, int? SealId);
}
