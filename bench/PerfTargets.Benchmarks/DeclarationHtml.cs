using System.Globalization;
using System.Net;
using System.Text;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Benchmarks;

/// <summary>
/// The national form of a declaration as one HTML page, for headless chromium to print beside the
/// PDF layer (bench/pdf-vs-chromium.sh): the title block, the header rows, 项目资金, 总体目标 and the
/// indicator grid in the same eight columns and merged cells as <see cref="NationalLayout"/>, the
/// 草稿 watermark, A4 with the same margins. Fonts are whatever chromium finds on the system.
/// </summary>
internal static class DeclarationHtml
{
    private const string Style = """
        @page { size: A4; margin: 42pt 40pt 34pt 42pt; }
        body { font-family: serif; font-size: 9pt; margin: 0; }
        h1 { font-size: 16pt; text-align: center; margin: 0; }
        .year { font-size: 11pt; text-align: center; margin: 4pt 0 10pt; }
        .filer { display: flex; justify-content: space-between; margin-bottom: 4pt; font-size: 9pt; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        td, th { border: 0.6pt solid #000; padding: 2.5pt 3pt; vertical-align: middle; white-space: pre-line; }
        th, td.label { font-weight: bold; text-align: center; }
        td.centre { text-align: center; }
        tr { break-inside: avoid; }
        .draft { position: fixed; top: 40%; left: 10%; font-size: 120pt; font-weight: bold; color: rgba(200, 30, 40, 0.19); transform: rotate(-35deg); z-index: -1; }
        """;

    private static readonly string Columns =
        """<colgroup><col style="width:50pt"><col style="width:44pt"><col style="width:52pt"><col style="width:17%"><col style="width:11%"><col style="width:52pt"><col style="width:17%"><col style="width:11%"></colgroup>""";

    public static string Of(DeclarationPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var d = print.Declaration;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(d.ProjectName)).Append("项目支出绩效目标申报表</title><style>").Append(Style).Append("</style></head><body>\n");
        if (print.IsDraft)
        {
            html.Append("<div class=\"draft\">草稿</div>\n");
        }

        html.Append("<h1>项目支出绩效目标申报表</h1>\n<div class=\"year\">（").Append(d.BudgetYear.ToString(CultureInfo.InvariantCulture)).Append("年度）</div>\n")
            .Append("<div class=\"filer\"><span>填报单位（盖章）：").Append(E(print.DepartmentName)).Append("</span><span>单位：").Append(E(d.MoneyUnit.Label())).Append("</span></div>\n");

        html.Append("<table>").Append(Columns).Append('\n');
        Row(html, Label("项目名称"), Value(d.ProjectName, 7));
        var department = string.IsNullOrWhiteSpace(print.DepartmentCode) ? print.DepartmentName : $"{print.DepartmentName}（{print.DepartmentCode}）";
        Row(html, Label("主管部门及代码"), Value(print.SupervisingDepartment ?? department, 3), Label("实施单位"), Value(d.ImplementingUnit ?? print.DepartmentName, 3));
        Row(html, Label("项目属性"), Value(d.Kind.Label(), 3), Label("项目期"), Value(FormText.Period(d), 3));
        var lines = FundingLines.For(d.MidTermFunding, d.AnnualFunding);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            Row(html,
                i == 0 ? $"<td class=\"label\" rowspan=\"{lines.Count}\">项目资金\n（{E(d.MoneyUnit.Label())}）</td>" : string.Empty,
                Value(line.MidTermLabel, 2), Centre(d.MoneyUnit.Format(line.MidTerm), 2), Value(line.AnnualLabel, 2), Centre(d.MoneyUnit.Format(line.Annual)));
        }

        var midTerm = d is { MidTermStartYear: { } from, MidTermEndYear: { } to } ? string.Create(CultureInfo.InvariantCulture, $"中期目标（{from}年—{to}年）") : "中期目标";
        Row(html, "<td class=\"label\" rowspan=\"2\">总体目标</td>", Label(midTerm, 4), Label("年度目标", 3));
        Row(html, Value(FormText.NumberedGoals(d.MidTermGoals), 4), Value(FormText.NumberedGoals(d.AnnualGoals), 3));
        html.Append("</table>\n");

        html.Append("<table>").Append(Columns).Append("\n<thead>");
        Row(html, "<th>绩效指标</th>", "<th>一级指标</th>", "<th>二级指标</th>", "<th>三级指标</th>", "<th>指标值</th>", "<th>二级指标</th>", "<th>三级指标</th>", "<th>指标值</th>");
        html.Append("</thead><tbody>\n");
        var tree = IndicatorTree.Build(d.Indicators);
        var rows = tree.Level1s.Sum(l1 => l1.RowCount);
        var first = true;
        foreach (var level1 in tree.Level1s)
        {
            var firstOfLevel1 = true;
            foreach (var level2 in level1.Level2s)
            {
                var firstOfLevel2 = true;
                foreach (var indicator in level2.Indicators)
                {
                    var cells = new List<string>();
                    if (first)
                    {
                        cells.Add($"<td rowspan=\"{rows}\"></td>");
                    }

                    if (firstOfLevel1)
                    {
                        cells.Add($"<td class=\"label\" rowspan=\"{level1.RowCount}\">{E(level1.Name)}</td>");
                    }

                    if (firstOfLevel2)
                    {
                        cells.Add($"<td class=\"centre\" rowspan=\"{level2.Indicators.Count}\">{E(level2.Name)}</td>");
                    }

                    cells.Add(Value(indicator.Name));
                    cells.Add(Centre(indicator.MidTerm.Display()));
                    if (firstOfLevel2)
                    {
                        cells.Add($"<td class=\"centre\" rowspan=\"{level2.Indicators.Count}\">{E(level2.Name)}</td>");
                    }

                    cells.Add(Value(indicator.Name));
                    cells.Add(Centre(indicator.Annual.Display()));
                    Row(html, [.. cells]);
                    first = firstOfLevel1 = firstOfLevel2 = false;
                }
            }
        }

        html.Append("</tbody></table>\n<p style=\"font-size:7.5pt;color:#555\">草稿，未提交</p>\n</body></html>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, params string[] cells) => html.Append("<tr>").AppendJoin(string.Empty, cells).Append("</tr>\n");

    private static string Label(string text, int span = 1) => $"<td class=\"label\"{Span(span)}>{E(text)}</td>";

    private static string Value(string? text, int span = 1) => $"<td{Span(span)}>{E(text)}</td>";

    private static string Centre(string? text, int span = 1) => $"<td class=\"centre\"{Span(span)}>{E(text)}</td>";

    private static string Span(int span) => span == 1 ? string.Empty : $" colspan=\"{span.ToString(CultureInfo.InvariantCulture)}\"";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
