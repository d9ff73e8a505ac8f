using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Composition.Fluent;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 项目支出绩效目标申报表 as the national form (财预〔2015〕88号 annex, seed 002) prints it: the header
/// block, 项目资金 and 总体目标 with 中期 and 年度 side by side, and the indicator grid 一级 | 二级 |
/// 三级 | 指标值 for 中期, then 二级 | 三级 | 指标值 for 年度.
/// </summary>
public sealed class NationalLayout(DeclarationPrint print) : IDocument
{
    private const int Columns = 8;
    private const float LevelWidth = 54;
    private readonly Declaration declaration = print.Declaration;

    public DocumentInfo Info => PrintedDeclaration.Info(print);

    public void Compose(DocumentContainer document) => document.Page(page =>
    {
        FormParts.Page(page, print);
        page.Content().Column(column =>
        {
            column.Item().Element(c => FormParts.TitleBlock(c, print, "项目支出绩效目标申报表"));
            column.Item().Table(HeaderBlock);
            column.Item().Table(IndicatorGrid);
            column.Item().Element(c => FormParts.ReviewBoxes(c, print));
            column.Item().Element(c => VerificationMark.Compose(c, print.Verification));
        });
    });

    /// <summary>
    /// The columns the header block and the indicator grid share; the 一级 and both 二级 columns are
    /// wide enough for 满意度指标 on one line and 服务对象/满意度指标 on two in <see cref="FormStyle.Level1"/>.
    /// </summary>
    private static void Grid(TableDescriptor table)
    {
        table.ConstantColumn(50);
        table.ConstantColumn(LevelWidth);
        table.ConstantColumn(LevelWidth);
        table.RelativeColumn(1.7f);
        table.RelativeColumn(1.1f);
        table.ConstantColumn(LevelWidth);
        table.RelativeColumn(1.7f);
        table.RelativeColumn(1.1f);
    }

    private void HeaderBlock(TableDescriptor table)
    {
        Grid(table);
        table.Cell().LabelCell("项目名称");
        table.Cell().ColumnSpan(Columns - 1).ValueCell(declaration.ProjectName);

        table.Cell().LabelCell("主管部门及代码");
        table.Cell().ColumnSpan(3).ValueCell(print.SupervisingDepartment ?? DepartmentWithCode());
        table.Cell().LabelCell("实施单位");
        table.Cell().ColumnSpan(3).ValueCell(declaration.ImplementingUnit ?? print.DepartmentName);

        table.Cell().LabelCell("项目属性");
        table.Cell().ColumnSpan(3).ValueCell(declaration.Kind.Label());
        table.Cell().LabelCell("项目期");
        table.Cell().ColumnSpan(3).ValueCell(PrintedDeclaration.Period(declaration));

        Funding(table);

        table.Cell().RowSpan(2).LabelCell("总体目标");
        table.Cell().ColumnSpan(4).LabelCell(MidTermHeading());
        table.Cell().ColumnSpan(3).LabelCell("年度目标");
        table.Cell().ColumnSpan(4).ProseCell(FormStyle.NumberedGoals(declaration.MidTermGoals));
        table.Cell().ColumnSpan(3).ProseCell(FormStyle.NumberedGoals(declaration.AnnualGoals));
    }

    /// <summary>项目资金: the mid-term and the year's totals and their parts, side by side; the 财政拨款 parts only when given.</summary>
    private void Funding(TableDescriptor table)
    {
        var lines = FundingLines.For(declaration.MidTermFunding, declaration.AnnualFunding);
        var unit = declaration.MoneyUnit;
        table.Cell().RowSpan(lines.Count).LabelCell($"项目资金\n（{unit.Label()}）");
        foreach (var line in lines)
        {
            table.Cell().ColumnSpan(2).ValueCell(line.MidTermLabel);
            table.Cell().ColumnSpan(2).CentredCell(unit.Format(line.MidTerm));
            table.Cell().ColumnSpan(2).ValueCell(line.AnnualLabel);
            table.Cell().CentredCell(unit.Format(line.Annual));
        }
    }

    private void IndicatorGrid(TableDescriptor table)
    {
        Grid(table);
        table.HeaderCell().Border(FormStyle.Rule, FormStyle.Rule, FormStyle.Rule, 0).Padding(3, 2.5f).AlignCenter().AlignMiddle()
            .Text("绩效指标", FormStyle.Label, Composition.Text.TextAlignment.Center);
        foreach (var heading in new[] { "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        // The 88号 annex lists every 二级 of the framework, 不适用 or blank where nothing applies (seed 002).
        var tree = PrintedIndicators.Tree(print, paperShowsEveryLevel2: true);
        var rows = tree.Level1s.Sum(l1 => l1.RowCount);
        if (rows == 0)
        {
            return;
        }

        table.Cell().Row(1).Column(1).RowSpan(rows).Border(FormStyle.Rule, 0, FormStyle.Rule, FormStyle.Rule);
        var row = 1;
        foreach (var level1 in tree.Level1s)
        {
            table.Cell().Row(row).Column(2).RowSpan(level1.RowCount).Level1Cell(level1.Name);
            foreach (var level2 in level1.Level2s)
            {
                table.Cell().Row(row).Column(3).RowSpan(level2.Indicators.Count).Level2Cell(level2.Name);
                table.Cell().Row(row).Column(6).RowSpan(level2.Indicators.Count).Level2Cell(level2.Name);
                foreach (var indicator in level2.Indicators)
                {
                    table.Cell().Row(row).Column(4).ValueCell(indicator.Name);
                    table.Cell().Row(row).Column(5).CentredCell(indicator.MidTerm.Display());
                    table.Cell().Row(row).Column(7).ValueCell(indicator.Name);
                    table.Cell().Row(row).Column(8).CentredCell(indicator.Annual.Display());
                    row++;
                }
            }
        }
    }

    private string MidTermHeading() => declaration is { MidTermStartYear: { } from, MidTermEndYear: { } to }
        ? string.Create(CultureInfo.InvariantCulture, $"中期目标（{from}年—{to}年）")
        : "中期目标";

    private string DepartmentWithCode() => string.IsNullOrWhiteSpace(print.DepartmentCode) ? print.DepartmentName : $"{print.DepartmentName}（{print.DepartmentCode}）";
}
