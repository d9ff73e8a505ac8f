using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

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
            AnnualGoals = ["完成年度任务。"],
            MidTermGoals = ["完成中期任务。"],
            Indicators = Enumerable.Range(0, indicators).Select(i => new Indicator
            {
                Sequence = i + 1,
                Level1 = slots[i % slots.Count].Level1,
                Level2 = slots[i % slots.Count].Level2,
                Name = $"三级指标{i + 1}",
                Nature = i % 3 == 0 ? IndicatorNature.Qualitative : IndicatorNature.Quantitative,
                MidTerm = i % 3 == 0 ? new IndicatorTarget { Text = "持续提升" } : new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = 90, Unit = "%" },
                Annual = i % 3 == 0 ? new IndicatorTarget { Text = "持续提升" } : new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = 85, Unit = "%" },
            }).ToList(),
        };
    }
}
