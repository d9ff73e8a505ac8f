using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Summaries;

/// <summary>
/// The sums of one row of the 汇总表 over its declarations: how many in each state (and waiting on
/// each review section), 年度资金 by source, 中期资金总额, 三级 and 定量 indicators, errors and
/// warnings. Money in 元, summed as decimals: exact to the cent.
/// </summary>
public sealed class SummaryFigures
{
    private readonly Dictionary<FilingState, int> byState;
    private readonly Dictionary<int, int> awaiting;

    private SummaryFigures(IReadOnlyCollection<CountedDeclaration> declarations)
    {
        Count = declarations.Count;
        byState = FilingStates.All.ToDictionary(s => s, s => declarations.Count(d => d.State == s));
        awaiting = declarations.Where(d => d.State == FilingState.Submitted && d.AwaitingSectionId is not null)
            .GroupBy(d => d.AwaitingSectionId!.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach (var field in FundingFields.All)
        {
            field.Set(Annual, declarations.Sum(d => field.Get(d.Annual) ?? 0m));
        }

        MidTermTotal = declarations.Sum(d => d.MidTermTotal ?? 0m);
        Indicators = declarations.Sum(d => d.Indicators);
        QuantitativeIndicators = declarations.Sum(d => d.QuantitativeIndicators);
        Errors = declarations.Sum(d => d.Problems.Errors);
        Warnings = declarations.Sum(d => d.Problems.Warnings);
    }

    /// <summary>申报份数: every declaration of the row.</summary>
    public int Count { get; }

    /// <summary>年度资金 by source, each the sum of what the declarations state (a blank amount counts as 0).</summary>
    public FundingSplit Annual { get; } = new();

    /// <summary>中期资金总额.</summary>
    public decimal MidTermTotal { get; }

    /// <summary>三级指标.</summary>
    public int Indicators { get; }

    /// <summary>三级指标 of them 定量.</summary>
    public int QuantitativeIndicators { get; }

    /// <summary>错误 the rules find, over all the row's declarations.</summary>
    public int Errors { get; }

    /// <summary>提示 the rules find, over all the row's declarations.</summary>
    public int Warnings { get; }

    /// <summary>How many are in <paramref name="state"/>.</summary>
    public int InState(FilingState state) => byState[state];

    /// <summary>How many wait on the review section <paramref name="sectionId"/> (待该科室审核).</summary>
    public int AwaitingSection(int sectionId) => awaiting.GetValueOrDefault(sectionId);

    /// <summary>The sections some of the row's declarations wait on.</summary>
    public IEnumerable<int> SectionsAwaited => awaiting.Keys;

    public static SummaryFigures Of(IEnumerable<CountedDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        return new SummaryFigures(declarations as IReadOnlyCollection<CountedDeclaration> ?? [.. declarations]);
    }
}
