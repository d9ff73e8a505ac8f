using PerfTargets.Core.Declarations;
using PerfTargets.Core.Reports;

namespace PerfTargets.Core.Tests.Reports;

/// <summary>
/// An approved declaration of six indicators — a ≥ count, a ≤ count of days, a 不适用 cost row, a
/// ≥ head count, a 定性 effect and a ≥ satisfaction — budgeted 1,000,000 元 with a 资金支出计划.
/// </summary>
internal static class ReportScene
{
    public static Declaration Approved(bool weighted = false) => new()
    {
        Id = 7,
        BudgetYear = 2026,
        ProjectName = "长城景区运营维护",
        AnnualFunding = new FundingSplit { Total = 1_000_000m },
        DisbursementPlan = new DisbursementPlan { March = 20m, June = 60m, October = 80m, December = 100m },
        Indicators =
        [
            Quantitative(1, "产出指标", "数量指标", "接待游客人次", Comparator.GreaterOrEqual, 1000m, "人次", weighted ? 20m : null),
            Quantitative(2, "产出指标", "时效指标", "投诉处理天数", Comparator.LessOrEqual, 5m, "天", weighted ? 20m : null),
            new Indicator { Sequence = 3, Level1 = "产出指标", Level2 = "成本指标", Name = "不适用", Weight = weighted ? 10m : null },
            Quantitative(4, "效益指标", "社会效益指标", "带动就业人数", Comparator.GreaterOrEqual, 200m, "人", weighted ? 20m : null),
            new Indicator
            {
                Sequence = 5, Level1 = "效益指标", Level2 = "生态效益指标", Name = "景区生态环境", Nature = IndicatorNature.Qualitative,
                Annual = new IndicatorTarget { Text = "持续改善" }, Weight = weighted ? 10m : null,
            },
            Quantitative(6, "满意度指标", "服务对象满意度指标", "游客满意度", Comparator.GreaterOrEqual, 90m, "%", weighted ? 10m : null),
        ],
    };

    public static Indicator Quantitative(int sequence, string level1, string level2, string name, Comparator comparator, decimal value, string unit, decimal? weight = null) => new()
    {
        Sequence = sequence,
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Nature = IndicatorNature.Quantitative,
        Annual = new IndicatorTarget { Comparator = comparator, Value = value, Unit = unit },
        Weight = weight,
    };

    /// <summary>The year-end 自评 of the hand calculation: 900 visitors, 8 days, 150 jobs, 基本达成, 92%, 850,000 元 spent.</summary>
    public static PerformanceReport SelfEvaluation(Declaration approved)
    {
        var report = PerformanceReport.Open(approved, 70, ReportKind.SelfEvaluation, new DateOnly(2026, 12, 31));
        report.Funding.Executed = 850_000m;
        report.Summary = "全年接待游客九百人次，景区设施运行正常。";
        Answer(report, 1, actual: 900m, reason: "上半年闭园修缮两个月", measure: "延长开放时间");
        Answer(report, 2, actual: 8m, reason: "投诉集中在旺季", measure: "旺季增派人手");
        Answer(report, 4, actual: 150m, reason: "招聘未满额", measure: "与人社局联合招聘");
        Answer(report, 5, grade: "基本达成", reason: "植被恢复未完成", measure: "来年补种");
        Answer(report, 6, actual: 92m);
        return report;
    }

    public static ReportLine Answer(PerformanceReport report, int sequence, decimal? actual = null, string? grade = null, string? reason = null, string? measure = null)
    {
        var line = report.LineFor(sequence)!;
        line.Actual = actual;
        line.Grade = grade;
        line.Reason = reason;
        line.Measure = measure;
        return line;
    }
}
