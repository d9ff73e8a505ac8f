using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Data.Queries;

/// <summary>
/// Runs the validation rules on stored declarations, each against its own framework and with the
/// rule settings in force when it was judged: a draft now, a submitted declaration when its latest
/// version was submitted (a later change of settings does not alter that verdict).
/// </summary>
public static class DeclarationProblemQueries
{
    /// <summary>How many declarations are read whole and judged together when many are stale.</summary>
    public const int JudgedAtOnce = 500;

    /// <summary>
    /// The problem counts of the given declarations, for a page of a list: as stored with each row,
    /// except where they are stale (judged before the settings in force for a draft changed, or
    /// never), which are judged again here and stored.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, ProblemCount>> CountProblemsAsync(
        this PerfTargetsDbContext db, IReadOnlyCollection<int> declarationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.Declarations.AsNoTracking().Where(d => declarationIds.Contains(d.Id)).StoredCounts().ToListAsync(cancellationToken);
        var counts = stored.ToDictionary(s => s.Id, s => s.Problems);
        var current = await db.CurrentRuleSettingsRevisionAsync(cancellationToken);
        var stale = stored.Where(s => s.IsStale(current)).Select(s => s.Id).ToList();
        if (stale.Count > 0)
        {
            foreach (var (id, problems, _) in await JudgeAndStoreAsync(db, stale, cancellationToken))
            {
                counts[id] = problems;
            }
        }

        return counts;
    }

    /// <summary>
    /// Only the declarations the rules find an error in (or a warning), by their stored counts. Those
    /// of them judged before the settings in force are judged again first, a batch at a time, so that
    /// the filter keeps exactly the declarations whose counts the list then shows.
    /// </summary>
    public static async Task<IQueryable<Declaration>> WhereProblemsAsync(this PerfTargetsDbContext db, IQueryable<Declaration> declarations,
        ProblemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.CurrentRuleSettingsRevisionAsync(cancellationToken);
        var stale = (await declarations.AsNoTracking().StoredCounts().ToListAsync(cancellationToken)).Where(s => s.IsStale(current)).Select(s => s.Id);
        foreach (var batch in stale.Chunk(JudgedAtOnce))
        {
            await JudgeAndStoreAsync(db, batch, cancellationToken);
        }

        return filter == ProblemFilter.Errors
            ? declarations.Where(d => EF.Property<int>(d, StoredProblemCounts.Errors) > 0)
            : declarations.Where(d => EF.Property<int>(d, StoredProblemCounts.Warnings) > 0);
    }

    /// <summary>
    /// Judges every declaration whose stored counts are stale, a batch at a time, and stores the
    /// counts: after an upgrade, or to settle them at once after the admin changed the rule settings.
    /// Returns how many were judged.
    /// </summary>
    public static async Task<int> RecountStaleProblemsAsync(this PerfTargetsDbContext db, int batchSize = JudgedAtOnce, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.CurrentRuleSettingsRevisionAsync(cancellationToken);
        var stale = (await db.Declarations.AsNoTracking().OrderBy(d => d.Id).StoredCounts().ToListAsync(cancellationToken))
            .Where(s => s.IsStale(current)).Select(s => s.Id).ToList();
        var judged = 0;
        foreach (var batch in stale.Chunk(batchSize))
        {
            judged += (await JudgeAndStoreAsync(db, batch, cancellationToken)).Count(j => j.Stored);
        }

        return judged;
    }

    /// <summary>Marks every declaration's counts unjudged, for <see cref="RecountStaleProblemsAsync"/> to judge them all.</summary>
    public static Task<int> ForgetProblemCountsAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Declarations.ExecuteUpdateAsync(set => set.SetProperty(d => EF.Property<int?>(d, StoredProblemCounts.JudgedWith), (int?)null), cancellationToken);
    }

    /// <summary>
    /// What the rules find in one declaration against its framework, with the settings in force at
    /// <paramref name="judgedAt"/> (a frozen version's submission); for a declaration read as submitted,
    /// at its latest submission; otherwise now.
    /// </summary>
    public static async Task<IReadOnlyList<ValidationProblem>> ProblemsAsync(this PerfTargetsDbContext db, Declaration declaration,
        DateTime? judgedAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(declaration);
        var framework = await db.FrameworkAsync(declaration.FrameworkId, cancellationToken);
        return await db.ProblemsAsync(declaration, framework, judgedAt, cancellationToken);
    }

    /// <inheritdoc cref="ProblemsAsync(PerfTargetsDbContext, Declaration, DateTime?, CancellationToken)"/>
    /// <param name="framework">The declaration's framework, when the caller has it already.</param>
    public static async Task<IReadOnlyList<ValidationProblem>> ProblemsAsync(this PerfTargetsDbContext db, Declaration declaration,
        IndicatorFramework framework, DateTime? judgedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(framework);
        if (judgedAt is null && declaration.Status != DeclarationStatus.Draft
            && (await SubmittedAtAsync(db, [declaration.Id], cancellationToken)).TryGetValue(declaration.Id, out var submittedAt))
        {
            judgedAt = submittedAt;
        }

        return DeclarationCheck.Problems(declaration, framework, await db.RuleSettingsAsync(judgedAt, cancellationToken));
    }

    /// <summary>
    /// Judges whole declarations, each with the settings in force for it. <paramref name="pendingSubmissions"/>
    /// are versions not yet saved (by declaration id): a declaration submitted in the very save being made.
    /// </summary>
    internal static async Task<Dictionary<Declaration, ProblemJudgement>> JudgeAsync(PerfTargetsDbContext db, IReadOnlyCollection<Declaration> declarations,
        IReadOnlyDictionary<int, DateTime>? pendingSubmissions, CancellationToken cancellationToken)
    {
        var frameworks = new Dictionary<int, IndicatorFramework>();
        foreach (var frameworkId in declarations.Select(d => d.FrameworkId).Distinct())
        {
            frameworks[frameworkId] = await db.FrameworkAsync(frameworkId, cancellationToken);
        }

        var submitted = await SubmittedAtAsync(db, declarations.Where(d => d.Status != DeclarationStatus.Draft && d.Id != 0).Select(d => d.Id).ToList(), cancellationToken);
        foreach (var (id, at) in pendingSubmissions ?? new Dictionary<int, DateTime>())
        {
            submitted[id] = submitted.TryGetValue(id, out var earlier) && earlier > at ? earlier : at;
        }

        // Newest first; a revision is read from its JSON only if a declaration is judged by it.
        var revisions = await db.RuleSettingsHistoryAsync(cancellationToken);
        var read = new Dictionary<int, RuleSettings>();
        (int Id, RuleSettings Settings) InForceAt(DateTime? at) =>
            revisions.FirstOrDefault(r => at is null || r.ChangedAt <= at) is { } revision
                ? (revision.Id, read.TryGetValue(revision.Id, out var settings) ? settings : read[revision.Id] = revision.Read())
                : (StoredProblemCounts.BuiltInSettings, RuleSettings.Default);
        return declarations.ToDictionary<Declaration, Declaration, ProblemJudgement>(d => d, d =>
        {
            var (revision, settings) = InForceAt(d.Status != DeclarationStatus.Draft && submitted.TryGetValue(d.Id, out var at) ? at : null);
            return new ProblemJudgement(ProblemCount.Of(DeclarationCheck.Problems(d, frameworks[d.FrameworkId], settings)), revision);
        }, ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// Judges the given declarations (read whole, without tracking) and stores their counts, each
    /// unless the row changed meanwhile (then whoever changed it stored its own).
    /// </summary>
    private static async Task<List<(int Id, ProblemCount Problems, bool Stored)>> JudgeAndStoreAsync(PerfTargetsDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var declarations = await db.Declarations.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        // Judged in form order, as the editor and the view judge them: a query returns rows in no set order.
        declarations.ForEach(d => d.PutInFormOrder());
        var judged = new List<(int, ProblemCount, bool)>();
        foreach (var (declaration, judgement) in await JudgeAsync(db, declarations, null, cancellationToken))
        {
            judged.Add((declaration.Id, judgement.Problems, await db.StoreAsync(declaration, judgement, cancellationToken) > 0));
        }

        return judged;
    }

    /// <summary>When each declaration's latest version was submitted.</summary>
    private static async Task<Dictionary<int, DateTime>> SubmittedAtAsync(PerfTargetsDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await db.DeclarationVersions.AsNoTracking().Where(v => ids.Contains(v.DeclarationId))
                .GroupBy(v => v.DeclarationId).Select(g => new { g.Key, At = g.Max(v => v.SubmittedAt) })
                .ToDictionaryAsync(g => g.Key, g => g.At, cancellationToken);
}
