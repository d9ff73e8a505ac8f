using PerfTargets.Core.Declarations;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// The lines of a 项目资金 block for two columns side by side (中期 | 年度, or 以前年度 | 本年度):
/// total, 财政拨款, the 上级/本级/下级 parts where either column gives one, 其他资金 and 自有资金 likewise.
/// </summary>
internal sealed record FundingLines(string MidTermLabel, decimal? MidTerm, string AnnualLabel, decimal? Annual)
{
    public static List<FundingLines> For(FundingSplit midTerm, FundingSplit annual, string midTermTotal = "中期资金总额", string annualTotal = "年度资金总额")
    {
        var lines = new List<FundingLines>
        {
            new(midTermTotal, midTerm.Total, annualTotal, annual.Total),
            new("其中：财政拨款", midTerm.Fiscal, "其中：财政拨款", annual.Fiscal),
        };
        AddIfGiven(lines, "　　上级拨款", midTerm.FiscalSuperior, annual.FiscalSuperior);
        AddIfGiven(lines, "　　本级安排", midTerm.FiscalLocal, annual.FiscalLocal);
        AddIfGiven(lines, "　　下级配套", midTerm.FiscalSubordinate, annual.FiscalSubordinate);
        lines.Add(new("　　　其他资金", midTerm.Other, "　　　其他资金", annual.Other));
        AddIfGiven(lines, "　　其中：自有资金", midTerm.OtherOwnFunds, annual.OtherOwnFunds);
        return lines;
    }

    private static void AddIfGiven(List<FundingLines> lines, string label, decimal? midTerm, decimal? annual)
    {
        if (midTerm is not null || annual is not null)
        {
            lines.Add(new(label, midTerm, label, annual));
        }
    }
}
