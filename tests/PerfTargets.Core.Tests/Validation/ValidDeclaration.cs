using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Tests.Validation;

/// <summary>A declaration that passes every rule under the 2015 framework, for each test to break one way.</summary>
internal static class ValidDeclaration
{
    public static IndicatorFramework Framework(string code = StandardFrameworks.National2015) =>
        StandardFrameworks.Create().Single(f => f.Code == code);

    public static Declaration Create() => new()
    {
        BudgetYear = 2026,
        DepartmentId = 1,
        ProjectName = "网络安全和信息化工作经费",
        Kind = ProjectKind.Continuing,
        ProjectLeader = "王明",
        ContactPhone = "0557-3021234",
        MidTermStartYear = 2026,
        MidTermEndYear = 2028,
        MidTermFunding = new FundingSplit { Total = 3_600_000m, Fiscal = 3_600_000m },
        AnnualFunding = new FundingSplit { Total = 1_200_000m, Fiscal = 1_000_000m, FiscalLocal = 1_000_000m, Other = 200_000m },
        BudgetLines =
        [
            new BudgetLine { Sequence = 1, Item = "态势感知平台运维", Quantity = 12, UnitStandard = 50_000m, Amount = 600_000m },
            new BudgetLine { Sequence = 2, Item = "安全检查", Amount = 600_000m },
        ],
        DisbursementPlan = new DisbursementPlan { March = 20, June = 50, October = 80, December = 100 },
        MidTermGoals = ["持续实施网络安全态势感知平台升级改造。"],
        AnnualGoals = ["升级改造网络安全态势感知平台。"],
        Indicators =
        [
            Quantitative(1, "产出指标", "数量指标", "监测网站", Comparator.GreaterOrEqual, 150, 100, "家"),
            Quantitative(2, "产出指标", "时效指标", "应急处置时限", Comparator.LessOrEqual, 6, 6, "小时"),
            Quantitative(3, "产出指标", "成本指标", "平台运维成本", Comparator.LessOrEqual, 3_000_000, 1_200_000, "元"),
            Qualitative(4, "效益指标", "社会效益指标", "网络安全防护意识", "培训覆盖的单位达到良好等级"),
            Quantitative(5, "满意度指标", "服务对象满意度指标", "培训学员满意度", Comparator.GreaterOrEqual, 95, 95, "%"),
        ],
    };

    public static Indicator Quantitative(int sequence, string level1, string level2, string name, Comparator comparator, decimal midTerm, decimal annual, string unit) => new()
    {
        Sequence = sequence, Level1 = level1, Level2 = level2, Name = name, Nature = IndicatorNature.Quantitative,
        MidTerm = new IndicatorTarget { Comparator = comparator, Value = midTerm, Unit = unit },
        Annual = new IndicatorTarget { Comparator = comparator, Value = annual, Unit = unit },
    };

    public static Indicator Qualitative(int sequence, string level1, string level2, string name, string grade) => new()
    {
        Sequence = sequence, Level1 = level1, Level2 = level2, Name = name, Nature = IndicatorNature.Qualitative,
        MidTerm = new IndicatorTarget { Text = grade },
        Annual = new IndicatorTarget { Text = grade },
    };

    public static IReadOnlyList<ValidationProblem> Check(Declaration declaration, string framework = StandardFrameworks.National2015) =>
        DeclarationCheck.Problems(declaration, Framework(framework));

    /// <summary>The one problem a broken declaration has.</summary>
    public static ValidationProblem SingleProblem(Declaration declaration, string framework = StandardFrameworks.National2015)
    {
        var problems = Check(declaration, framework);
        problems.Count.ShouldBe(1, string.Join("\n", problems.Select(p => $"{p.Rule} {p.Path} {p.Message}")));
        return problems[0];
    }
}
