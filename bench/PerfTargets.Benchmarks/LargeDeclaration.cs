using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Benchmarks;

/// <summary>A generated declaration of a chosen size, filed correctly under its framework.</summary>
internal static class LargeDeclaration
{
    public static Declaration Create(IndicatorFramework framework, int indicators, int budgetLines)
    {
        var slots = framework.Level1s.SelectMany(l1 => l1.Level2s.Select(l2 => (Level1: l1.Name, Level2: l2.Name))).ToList();
        var lines = Enumerable.Range(1, budgetLines)
            .Select(i => new BudgetLine { Sequence = i, Item = $"支出明细{i}", Quantity = i, UnitStandard = 1_000m, Amount = i * 1_000m })
            .ToList();
        var total = lines.Sum(l => l.Amount);
        return new Declaration
        {
            BudgetYear = 2026,
            DepartmentId = 1,
            ProjectName = "大型项目",
            Kind = ProjectKind.Continuing,
            AnnualFunding = new FundingSplit { Total = total, Fiscal = total, FiscalLocal = total },
            MidTermFunding = new FundingSplit { Total = total * 3, Fiscal = total * 3 },
            BudgetLines = lines,
            DisbursementPlan = new DisbursementPlan { March = 25, June = 50, October = 75, December = 100 },
            ProjectLeader = "王明",
            ContactPhone = "0557-3021234",
            MidTermStartYear = 2026,
            MidTermEndYear = 2028,
            AnnualGoals = ["完成年度任务。"],
            MidTermGoals = ["完成中期任务。"],
            // Grouped by 一级 and 二级 in the framework's order, each with the unit its 二级 expects, as a clean form is.
            Indicators = Enumerable.Range(0, indicators).Select(i => Row(i, slots[i * slots.Count / indicators])).ToList(),
        };
    }

    private static Indicator Row(int i, (string Level1, string Level2) slot)
    {
        var qualitative = slot.Level1.Contains("效益", StringComparison.Ordinal) && i % 3 == 0;
        var (comparator, annual, unit) = UnitTable.KindOf(slot.Level2) switch
        {
            Level2Kind.Quantity => (Comparator.GreaterOrEqual, 120m + i, "个"),
            Level2Kind.Timeliness => (Comparator.LessOrEqual, 30m, "天"),
            Level2Kind.Cost => (Comparator.LessOrEqual, 100m, "元"),
            _ => (Comparator.GreaterOrEqual, 85m, "%"),
        };
        return new Indicator
        {
            Sequence = i + 1,
            Level1 = slot.Level1,
            Level2 = slot.Level2,
            Name = $"三级指标{i + 1}号",
            Nature = qualitative ? IndicatorNature.Qualitative : IndicatorNature.Quantitative,
            MidTerm = qualitative ? new IndicatorTarget { Text = "达到良好等级" } : new IndicatorTarget { Comparator = comparator, Value = annual, Unit = unit },
            Annual = qualitative ? new IndicatorTarget { Text = "达到良好等级" } : new IndicatorTarget { Comparator = comparator, Value = annual, Unit = unit },
        };
    }
}
