using PerfTargets.Core.Reports;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 项目支出绩效自评表 in the published layout (财预〔2020〕10号 附件): 项目名称, 主管部门 and 实施单位;
/// 项目资金 (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分); 年度总体目标 (预期目标 / 实际完成情况);
/// 绩效指标 (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施); 总分 and 等级.
/// Under it the 审核意见 of each approving section with its seal, and at the foot the frozen version
/// and its SHA-256, by which a printed copy is checked against the record.
/// </summary>
public sealed class SelfEvaluationLayout(SelfEvaluationPrint print) : IDocument
{
    private static readonly string[] FundingHeadings = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    private static readonly string[] IndicatorHeadings = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    private static readonly TextStyle Footer = new(7, Color: new SkiaSharp.SKColor(0x55, 0x55, 0x55));

    public DocumentInfo Info => new($"{print.Approved.ProjectName} {SelfEvaluationPrint.Title}", print.ImplementingUnit) { Created = print.Report.UpdatedAt.UtcDateTime };

    public void Compose(DocumentContainer document) => document.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(36, 34, 36, 30);
        page.Footer().PaddingTop(6).Row(row =>
        {
            row.RelativeItem(3).Text($"第 {print.VersionNumber} 版 · 内容哈希（SHA-256）{print.ContentHash}", Footer);
            row.RelativeItem().Element(FormParts.PageNumber);
        });
        page.Content().Column(column =>
        {
            column.Item().Text(SelfEvaluationPrint.Title, FormStyle.Title, TextAlignment.Center);
            column.Item().PaddingTop(4).PaddingBottom(6).Text(print.YearLine, FormStyle.Subtitle, TextAlignment.Center);
            column.Item().Element(Project);
            column.Item().Element(Funding);
            column.Item().Element(Goals);
            column.Item().Element(Indicators);
            column.Item().Element(c => FormParts.ReviewBoxes(c, print.Reviews));
        });
    });

    private void Project(IContainer container) => container.Table(table =>
    {
        table.ConstantColumn(74);
        table.RelativeColumn();
        table.ConstantColumn(74);
        table.RelativeColumn();
        table.Cell().LabelCell("项目名称");
        table.Cell().ColumnSpan(3).ValueCell(print.Approved.ProjectName);
        table.Cell().LabelCell("主管部门");
        table.Cell().ValueCell(print.SupervisingDepartment);
        table.Cell().LabelCell("实施单位");
        table.Cell().ValueCell(print.ImplementingUnit);
    });

    private void Funding(IContainer container) => container.Table(table =>
    {
        var unit = print.Approved.MoneyUnit;
        var funding = print.Report.Funding;
        table.ConstantColumn(74);
        table.RelativeColumn(1.2f);
        for (var i = 0; i < 6; i++)
        {
            table.RelativeColumn();
        }

        table.Cell().RowSpan(2).LabelCell($"项目资金（{unit.Label()}）");
        table.Cell().LabelCell(string.Empty);
        foreach (var heading in FundingHeadings)
        {
            table.Cell().LabelCell(heading);
        }

        table.Cell().CentredCell("年度资金总额");
        table.Cell().CentredCell(Money(funding.InitialBudget, unit));
        table.Cell().CentredCell(Money(funding.Budget, unit));
        table.Cell().CentredCell(Money(funding.Executed, unit));
        table.Cell().CentredCell(Number(print.Score.FundingPoints));
        table.Cell().CentredCell(print.Score.FundingRate is { } rate ? Number(rate * 100) + "%" : "—");
        table.Cell().CentredCell(Number(print.Score.FundingScore));
    });

    private void Goals(IContainer container) => container.Table(table =>
    {
        table.ConstantColumn(74);
        table.RelativeColumn();
        table.RelativeColumn();
        table.Cell().RowSpan(2).LabelCell("年度总体目标");
        table.Cell().LabelCell("预期目标");
        table.Cell().LabelCell("实际完成情况");
        var goals = print.Approved.AnnualGoals.Count > 0 ? print.Approved.AnnualGoals : print.Approved.MidTermGoals;
        table.Cell().MinHeight(48).ProseCell(string.Join("\n", goals.Select((g, i) => goals.Count > 1 ? $"{i + 1}. {g}" : g)));
        table.Cell().MinHeight(48).ProseCell(print.Report.Summary);
    });

    private void Indicators(IContainer container) => container.Table(table =>
    {
        table.ConstantColumn(44);
        table.ConstantColumn(54);
        table.RelativeColumn(1.6f);
        table.RelativeColumn(0.9f);
        table.RelativeColumn(0.9f);
        table.ConstantColumn(36);
        table.ConstantColumn(36);
        table.RelativeColumn(1.6f);
        foreach (var heading in IndicatorHeadings)
        {
            table.HeaderCell().LabelCell(heading);
        }

        var scored = print.Score.Lines.Where(l => !l.Dropped).ToDictionary(l => l.IndicatorSequence);
        var indicators = print.Approved.Indicators.Where(i => scored.ContainsKey(i.Sequence)).ToList();
        FormParts.IndicatorRows(table, IndicatorTree.Build(indicators), 1, 2, (indicator, row) =>
        {
            var line = print.Report.LineFor(indicator.Sequence);
            var score = scored[indicator.Sequence];
            table.Cell().Row(row).Column(3).ValueCell(indicator.Name);
            table.Cell().Row(row).Column(4).CentredCell(indicator.Annual.Display());
            table.Cell().Row(row).Column(5).CentredCell(Actual(indicator, line));
            table.Cell().Row(row).Column(6).CentredCell(Number(score.Points));
            table.Cell().Row(row).Column(7).CentredCell(Number(score.Score));
            table.Cell().Row(row).Column(8).ValueCell(Explanation(line));
        });

        var total = indicators.Count + 1;
        table.Cell().Row(total).Column(1).ColumnSpan(5).LabelCell("总分");
        table.Cell().Row(total).Column(6).CentredCell("100");
        table.Cell().Row(total).Column(7).CentredCell(Number(print.Score.Total));
        table.Cell().Row(total).Column(8).CentredCell($"等级：{print.Score.Grade}");
    });

    private static string Actual(Indicator indicator, ReportLine? line) =>
        TargetReading.IsNumeric(indicator)
            ? line?.Actual is { } actual ? actual.ToString("0.######", CultureInfo.InvariantCulture) + (indicator.Annual.Unit ?? string.Empty) : string.Empty
            : line?.Grade ?? string.Empty;

    private static string Explanation(ReportLine? line) =>
        line?.Reason is null && line?.Measure is null ? string.Empty
        : $"{line.Reason}{(line.Measure is null ? string.Empty : $"；改进措施：{line.Measure}")}";

    private static string Money(decimal? yuan, MoneyUnit unit) => yuan is { } value ? unit.Format(value) : string.Empty;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
