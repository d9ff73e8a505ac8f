using PerfTargets.Core.Money;

namespace PerfTargets.Core.Summaries;

/// <summary>
/// What a printed or exported 汇总表 holds: the table, the unit its amounts show in, the scope it
/// covers (预算年度, 单位, whose view) and who produced it when (北京时间, as the footer says it).
/// </summary>
public sealed record SummaryPrint(SummaryTable Table, MoneyUnit Unit, string Scope, string ProducedBy, string ProducedAt, DateTime ProducedAtUtc)
{
    public const string Title = "项目支出绩效目标汇总表";

    /// <summary>The footer line of the PDF and the workbook: a copy says when and by whom it was produced.</summary>
    public string ProducedNote => $"本表由绩效目标申报系统于 {ProducedAt}（北京时间）生成，生成人：{ProducedBy}。数字为生成时系统中的申报表之和。";
}
