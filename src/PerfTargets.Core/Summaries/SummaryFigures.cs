using PerfTargets.Core.Review;

namespace PerfTargets.Core.Summaries;

/// <summary>
/// The sums of one row of the 汇总表 over its declarations: how many in each state (and waiting on
/// each review section), 年度资金 by source, 中期资金总额, 三级 and 定量 indicators, errors and
/// warnings. Money in 元, summed as decimals: exact to the cent.
/// </summary>
public sealed class SummaryFigures
{
    private readonly int[] byState = new int[FilingStates.All.Count];
    private readonly Dictionary<int, int> awaiting = [];

    /// <summary>Adds the declarations up in one pass: a 汇总表 of 10,000 declarations adds each into three or four rows.</summary>
    private SummaryFigures(IEnumerable<CountedDeclaration> declarations)
    {
        var annual = new decimal[FundingFields.All.Count];
        foreach (var declaration in declarations)
        {
            Count++;
            byState[(int)declaration.State]++;
            if (declaration.State == FilingState.Submitted && declaration.AwaitingSectionId is { } section)
            {
                awaiting[section] = awaiting.GetValueOrDefault(section) + 1;
            }

            for (var i = 0; i < annual.Length; i++)
            {
                annual[i] += FundingFields.All[i].Get(declaration.Annual) ?? 0m;
            }

            MidTermTotal += declaration.MidTermTotal ?? 0m;
            Indicators += declaration.Indicators;
            QuantitativeIndicators += declaration.QuantitativeIndicators;
            Errors += declaration.Problems.Errors;
            Warnings += declaration.Problems.Warnings;
        }

        for (var i = 0; i < annual.Length; i++)
        {
            FundingFields.All[i].Set(Annual, annual[i]);
        }
    }

    /// <summary>申报份数: every declaration of the row.</summary>
    public int Count { get; private set; }

    /// <summary>年度资金 by source, each the sum of what the declarations state (a blank amount counts as 0).</summary>
    public FundingSplit Annual { get; } = new();

    /// <summary>中期资金总额.</summary>
    public decimal MidTermTotal { get; private set; }

    /// <summary>三级指标.</summary>
    public int Indicators { get; private set; }

    /// <summary>三级指标 of them 定量.</summary>
    public int QuantitativeIndicators { get; private set; }

    /// <summary>错误 the rules find, over all the row's declarations.</summary>
    public int Errors { get; private set; }

    /// <summary>提示 the rules find, over all the row's declarations.</summary>
    public int Warnings { get; private set; }

    /// <summary>How many are in <paramref name="state"/>.</summary>
    public int InState(FilingState state) => byState[(int)state];

    /// <summary>How many wait on the review section <paramref name="sectionId"/> (待该科室审核).</summary>
    public int AwaitingSection(int sectionId) => awaiting.GetValueOrDefault(sectionId);

    /// <summary>The sections some of the row's declarations wait on.</summary>
    public IEnumerable<int> SectionsAwaited => awaiting.Keys;

    public static SummaryFigures Of(IEnumerable<CountedDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        return new SummaryFigures(declarations);
    }
}
