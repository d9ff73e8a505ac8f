namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 项目支出绩效目标申报表 as the national form (财预〔2015〕88号 annex, seed 002) prints it: the header
/// block, 项目资金 and 总体目标 with 中期 and 年度 side by side, and the indicator grid 一级 | 二级 |
/// 三级 | 指标值 for 中期, then 二级 | 三级 | 指标值 for 年度. A declaration without 中期 (an annual
/// transfer fund's form) prints 年度 alone: its money, its goals and one 二级 | 三级 | 指标值; a scored
/// one adds 权重 (指标方向, 评分标准) at the right of the grid and 总分 under it.
/// </summary>
public sealed class NationalLayout(DeclarationPrint print) : IDocument
{
    private const int Columns = 8;
    private const float LevelWidth = 54;
    private readonly Declaration declaration = print.Declaration;
    private readonly ScoringColumns scoring = ScoringColumns.For(print.Declaration);

    /// <summary>Whether the form has its 中期 columns: not for an annual-only declaration, whose 中期 would print blank.</summary>
    private bool MidTerm => declaration.HasMidTerm;

    /// <summary>Whether the indicator grid has its 中期 half: without 中期 targets it would repeat every name with blank values.</summary>
    private bool MidTermTargets => declaration.HasMidTermTargets;

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
            column.Item().Element(c => VerificationMark.Compose(c, print));
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
        table.Cell().ColumnSpan(3).ValueCell(FormText.Period(declaration));

        Funding(table);

        table.Cell().RowSpan(2).LabelCell("总体目标");
        if (MidTerm)
        {
            table.Cell().ColumnSpan(4).LabelCell(MidTermHeading());
        }

        table.Cell().ColumnSpan(MidTerm ? 3 : Columns - 1).LabelCell("年度目标");
        if (MidTerm)
        {
            table.Cell().ColumnSpan(4).ProseCell(FormText.NumberedGoals(declaration.MidTermGoals));
        }

        table.Cell().ColumnSpan(MidTerm ? 3 : Columns - 1).ProseCell(FormText.NumberedGoals(declaration.AnnualGoals));
    }

    /// <summary>
    /// 项目资金: the mid-term and the year's totals and their parts, side by side (the year's alone
    /// without 中期); the 财政拨款 parts only when given.
    /// </summary>
    private void Funding(TableDescriptor table)
    {
        var lines = FundingLines.For(declaration.MidTermFunding, declaration.AnnualFunding);
        var unit = declaration.MoneyUnit;
        table.Cell().RowSpan(lines.Count).LabelCell($"项目资金\n（{unit.Label()}）");
        foreach (var line in lines)
        {
            if (MidTerm)
            {
                table.Cell().ColumnSpan(2).ValueCell(line.MidTermLabel);
                table.Cell().ColumnSpan(2).CentredCell(unit.Format(line.MidTerm));
            }

            table.Cell().ColumnSpan(MidTerm ? 2 : 3).ValueCell(line.AnnualLabel);
            table.Cell().ColumnSpan(MidTerm ? 1 : 4).CentredCell(unit.Format(line.Annual));
        }
    }

    /// <summary>The indicator grid's columns without 中期: one 三级 | 指标值 pair, as wide as both pairs were.</summary>
    private static void AnnualGrid(TableDescriptor table)
    {
        table.ConstantColumn(50);
        table.ConstantColumn(LevelWidth);
        table.ConstantColumn(LevelWidth);
        table.RelativeColumn(3.4f);
        table.RelativeColumn(2.2f);
    }

    private void IndicatorGrid(TableDescriptor table)
    {
        if (MidTermTargets)
        {
            Grid(table);
        }
        else
        {
            AnnualGrid(table);
        }

        scoring.Define(table);
        table.HeaderCell().Border(FormStyle.Rule, FormStyle.Rule, FormStyle.Rule, 0).Padding(3, 2.5f).AlignCenter().AlignMiddle()
            .Text("绩效指标", FormStyle.Label, Composition.Text.TextAlignment.Center);
        string[] headings = MidTermTargets
            ? ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]
            : ["一级指标", "二级指标", "三级指标", "指标值"];
        foreach (var heading in headings)
        {
            table.HeaderCell().LabelCell(heading);
        }

        scoring.Headings(table);

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
                if (MidTermTargets)
                {
                    table.Cell().Row(row).Column(6).RowSpan(level2.Indicators.Count).Level2Cell(level2.Name);
                }

                foreach (var indicator in level2.Indicators)
                {
                    IndicatorCells(table, indicator, row);
                    row++;
                }
            }
        }

        scoring.TotalRow(table, declaration.WeightTotal, columnsBefore: headings.Length + 1);
    }

    /// <summary>A 三级's cells: its name and 中期 target, its name again and 年度 target (its name and 年度 target alone without 中期), then its scoring.</summary>
    private void IndicatorCells(TableDescriptor table, Indicator indicator, int row)
    {
        var column = 4;
        if (MidTermTargets)
        {
            table.Cell().Row(row).Column(column++).ValueCell(indicator.Name);
            table.Cell().Row(row).Column(column++).CentredCell(Core.Printing.IndicatorGrid.Target(indicator, indicator.MidTerm));
            column++;
        }

        table.Cell().Row(row).Column(column++).ValueCell(indicator.Name);
        table.Cell().Row(row).Column(column++).CentredCell(Core.Printing.IndicatorGrid.Target(indicator, indicator.Annual));
        scoring.Cells(table, indicator, row, column);
    }

    private string MidTermHeading() => declaration is { MidTermStartYear: { } from, MidTermEndYear: { } to }
        ? string.Create(CultureInfo.InvariantCulture, $"中期目标（{from}年—{to}年）")
        : "中期目标";

    private string DepartmentWithCode() => string.IsNullOrWhiteSpace(print.DepartmentCode) ? print.DepartmentName : $"{print.DepartmentName}（{print.DepartmentCode}）";
}
