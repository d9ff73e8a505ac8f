using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;

namespace PerfTargets.Data.Declarations;

/// <summary>
/// 审核检查计数, kept with each declaration: its errors, warnings and 三级指标 (of them 定量) as the lists
/// and the 汇总表 show them, and the rule-settings revision they were judged by. Written by the SaveChanges that changes
/// the declaration (<see cref="ProblemCountKeeper"/>), so that a list reads one narrow query instead
/// of loading and validating every row. They are columns of the database, not of the domain: Core's
/// <see cref="Declaration"/> knows nothing of them.
/// </summary>
public static class StoredProblemCounts
{
    internal const string Errors = "ProblemErrors";

    internal const string Warnings = "ProblemWarnings";

    internal const string Indicators = "IndicatorCount";

    /// <summary>三级指标 of them 定量, for the 汇总表.</summary>
    internal const string QuantitativeIndicators = "QuantitativeIndicatorCount";

    /// <summary>The revision of 审核规则设置 the counts were judged by; 0 the rules as built; null never judged.</summary>
    internal const string JudgedWith = "ProblemsJudgedWith";

    /// <summary>Judged by the rules as built, when the admin never changed the settings.</summary>
    internal const int BuiltInSettings = 0;

    internal static void Map(EntityTypeBuilder<Declaration> builder)
    {
        builder.Property<int>(Errors);
        builder.Property<int>(Warnings);
        builder.Property<int>(Indicators);
        builder.Property<int>(QuantitativeIndicators);
        builder.Property<int?>(JudgedWith);
    }

    /// <summary>The stored counts of the given declarations, as read back.</summary>
    internal static IQueryable<StoredCount> StoredCounts(this IQueryable<Declaration> declarations) =>
        declarations.Select(d => new StoredCount(d.Id, d.Status, EF.Property<int>(d, Errors), EF.Property<int>(d, Warnings), EF.Property<int?>(d, JudgedWith)));

    /// <summary>Writes the counts into a tracked declaration's columns.</summary>
    internal static void Store(this PerfTargetsDbContext db, Declaration declaration, ProblemJudgement judgement)
    {
        var entry = db.Entry(declaration);
        entry.Property<int>(Errors).CurrentValue = judgement.Problems.Errors;
        entry.Property<int>(Warnings).CurrentValue = judgement.Problems.Warnings;
        entry.Property<int>(Indicators).CurrentValue = declaration.Indicators.Count;
        entry.Property<int>(QuantitativeIndicators).CurrentValue = CountQuantitative(declaration);
        entry.Property<int?>(JudgedWith).CurrentValue = judgement.JudgedWith;
    }

    /// <summary>
    /// Writes fresh counts of a row read without tracking, unless the row changed since (its
    /// concurrency stamp or status moved on): then whoever changed it stored its own.
    /// </summary>
    internal static Task<int> StoreAsync(this PerfTargetsDbContext db, Declaration declaration, ProblemJudgement judgement, CancellationToken cancellationToken) =>
        db.Declarations.Where(d => d.Id == declaration.Id && d.ConcurrencyStamp == declaration.ConcurrencyStamp && d.Status == declaration.Status)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => EF.Property<int>(d, Errors), judgement.Problems.Errors)
                .SetProperty(d => EF.Property<int>(d, Warnings), judgement.Problems.Warnings)
                .SetProperty(d => EF.Property<int>(d, Indicators), declaration.Indicators.Count)
                .SetProperty(d => EF.Property<int>(d, QuantitativeIndicators), CountQuantitative(declaration))
                .SetProperty(d => EF.Property<int?>(d, JudgedWith), judgement.JudgedWith), cancellationToken);

    private static int CountQuantitative(Declaration declaration) => declaration.Indicators.Count(i => i.Nature == IndicatorNature.Quantitative);
}

/// <summary>A declaration's stored counts, with what decides whether they still hold.</summary>
internal sealed record StoredCount(int Id, DeclarationStatus Status, int Errors, int Warnings, int? JudgedWith)
{
    public ProblemCount Problems => new(Errors, Warnings);

    /// <summary>
    /// Whether the counts must be judged again under <paramref name="currentRevision"/>: never judged,
    /// or a draft judged by other settings. A submitted declaration keeps the verdict of its submission.
    /// </summary>
    public bool IsStale(int currentRevision) => JudgedWith is null || (Status == DeclarationStatus.Draft && JudgedWith != currentRevision);
}
