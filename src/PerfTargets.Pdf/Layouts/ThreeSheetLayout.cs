namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 财政项目支出绩效目标申报表 as seed 001 (区门户网站管理中心, 2019) prints it, in three sheets each
/// on its own pages: 项目总体情况 (the project, its 立项 依据/必要性/可行性, 项目资金, resources and
/// goals), 绩效目标 (the indicator grid, then 项目构成分解: the budget lines and their 金额合计), and
/// 制度保障 (each system's document, measures and the stages it covers).
/// </summary>
public sealed class ThreeSheetLayout(DeclarationPrint print) : IDocument
{
    private const float LabelWidth = 64;

    private readonly Declaration declaration = print.Declaration;

    private MoneyUnit Unit => declaration.MoneyUnit;

    private string YearLine => string.Create(CultureInfo.InvariantCulture, $"（{declaration.BudgetYear}年）");

    public DocumentInfo Info => PrintedDeclaration.Info(print);

    public void Compose(DocumentContainer document)
    {
        document.Page(page =>
        {
            FormParts.Page(page, print);
            page.Content().Column(column =>
            {
                column.Item().Element(c => FormParts.TitleBlock(c, print, "财政项目支出绩效目标申报表（项目总体情况）", "金额单位：", YearLine));
                column.Item().Table(Project);
                column.Item().Table(Situation);
                column.Item().Table(Funding);
                column.Item().Table(Plans);
                column.Item().Element(c => FormParts.SignatureLine(c,
                    ("填报单位负责人", null),
                    ("填表人", declaration.FilledBy),
                    ("填报日期", FormText.ChineseDate(declaration.FilledOn))));
            });
        });
        document.Page(page =>
        {
            FormParts.Page(page, print);
            page.Content().Column(column =>
            {
                column.Item().Element(c => FormParts.SheetTitleBlock(c, print, "财政项目支出绩效目标申报表（绩效目标）", YearLine, "金额单位："));
                column.Item().Table(PerformanceTargets);
                column.Item().Table(Breakdown);
            });
        });
        document.Page(page =>
        {
            FormParts.Page(page, print);
            page.Content().Column(column =>
            {
                column.Item().Element(c => FormParts.SheetTitleBlock(c, print, "项目支出绩效目标申报表（制度保障）", YearLine, null));
                column.Item().Table(Safeguards);
                column.Item().Element(c => FormParts.ReviewBoxes(c, print));
                column.Item().Element(c => VerificationMark.Compose(c, print));
            });
        });
    }

    /// <summary>The first sheet, 项目总体情况, opens with the project: 项目名称 … 结束日期.</summary>
    private void Project(TableDescriptor table)
    {
        OverviewColumns(table);
        table.Cell().LabelCell("项目名称");
        table.Cell().ColumnSpan(3).ValueCell(declaration.ProjectName);
        table.Cell().LabelCell("项目类别");
        table.Cell().ColumnSpan(3).ValueCell(FormStyle.Ticks([.. Enum.GetValues<ProjectCategory>().Select(c => (c.Label(), declaration.Category == c))]));

        table.Cell().RowSpan(2).LabelCell("项目负责人：");
        table.Cell().RowSpan(2).ValueCell(declaration.ProjectLeader);
        table.Cell().LabelCell("联系人：");
        table.Cell().ValueCell(declaration.ContactPerson);
        table.Cell().LabelCell("联系电话：");
        table.Cell().ValueCell(declaration.ContactPhone);

        table.Cell().LabelCell("起始日期：");
        table.Cell().ValueCell(FormText.ChineseDate(declaration.StartDate));
        table.Cell().LabelCell("结束日期：");
        table.Cell().ValueCell(FormText.ChineseDate(declaration.EndDate));
    }

    /// <summary>
    /// 项目概况 and 项目立项情况 (依据, 必要性, 可行性), each part on its row with its name. A table of
    /// their own, so that a 项目概况 longer than a page starts where the sheet has room for it.
    /// </summary>
    private void Situation(TableDescriptor table)
    {
        OverviewColumns(table);
        var narrative = declaration.Narrative;
        table.Cell().LabelCell("项目概况");
        table.Cell().ColumnSpan(3).ProseCell(narrative.Overview);
        table.Cell().RowSpan(3).LabelCell("项目立项情况");
        table.Cell().ColumnSpan(3).ProseCell($"依据：{narrative.Basis}");
        table.Cell().ColumnSpan(3).ProseCell($"必要性：{narrative.Necessity}");
        table.Cell().ColumnSpan(3).ProseCell($"可行性：{narrative.Feasibility}");
    }

    /// <summary>
    /// 项目资金: 项目总预算 (the mid-term total) on its own line, then 当年预算 and its parts, each amount
    /// in the right-hand column; 自有资金 only when given, as the form has no line for it.
    /// </summary>
    private void Funding(TableDescriptor table)
    {
        OverviewColumns(table);
        var annual = declaration.AnnualFunding;
        var lines = new List<(string Label, decimal? Amount)>
        {
            ("二、当年预算：", annual.Total),
            ("（一）财政拨款：", annual.Fiscal),
            ("1. 上级财政拨款：", annual.FiscalSuperior),
            ("2. 本级财政安排：", annual.FiscalLocal),
            ("3. 下级财政配套：", annual.FiscalSubordinate),
            ("（二）其他资金：", annual.Other),
        };
        if (annual.OtherOwnFunds is not null)
        {
            lines.Add(("其中：自有资金：", annual.OtherOwnFunds));
        }

        table.Cell().RowSpan(lines.Count + 1).LabelCell("项目资金");
        table.Cell().ColumnSpan(3).ValueCell($"一、项目总预算：{Unit.Format(declaration.MidTermFunding.Total)}");
        foreach (var (label, amount) in lines)
        {
            table.Cell().ColumnSpan(2).ValueCell(label);
            table.Cell().CentredCell(Unit.Format(amount));
        }
    }

    /// <summary>The rest of the first sheet: resources and systems, 项目总目标, 年度绩效目标 and 需要说明的其他问题.</summary>
    private void Plans(TableDescriptor table)
    {
        OverviewColumns(table);
        table.Cell().LabelCell("项目相关资源投入和制度建设情况");
        table.Cell().ColumnSpan(3).ProseCell(declaration.Narrative.Resources);
        table.Cell().LabelCell("项目总目标");
        table.Cell().ColumnSpan(3).ProseCell(FormText.ListedGoals(declaration.MidTermGoals));
        table.Cell().LabelCell("年度绩效目标");
        table.Cell().ColumnSpan(3).ProseCell(FormText.ListedGoals(declaration.AnnualGoals));
        table.Cell().LabelCell("需要说明的其他问题");
        table.Cell().ColumnSpan(3).ProseCell(declaration.Narrative.OtherNotes);
    }

    private static void OverviewColumns(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn();
        table.ConstantColumn(62);
        table.RelativeColumn();
    }

    /// <summary>The second sheet's grid: 一级目标 and 二级目标 merged down their rows, the 三级, its 目标值 for the year and 备注.</summary>
    private void PerformanceTargets(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.ConstantColumn(84);
        table.ConstantColumn(74);
        table.RelativeColumn(2);
        table.RelativeColumn(1.1f);
        table.RelativeColumn(1);

        FormParts.MergedLabel(table, "项目构成", "绩效目标", declaration.Indicators.Count);
        foreach (var heading in new[] { "主体活动（作业、任务）和对应产出的一级目标", "二级目标", "三级目标", "目标值", "备注" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        FormParts.IndicatorRows(table, IndicatorTree.Build(declaration.Indicators), level1Column: 2, level2Column: 3, (indicator, row) =>
        {
            table.Cell().Row(row).Column(4).ValueCell(indicator.Name);
            table.Cell().Row(row).Column(5).CentredCell(IndicatorGrid.Target(indicator, indicator.Annual));
            table.Cell().Row(row).Column(6).CentredCell(indicator.Remark);
        });
    }

    /// <summary>
    /// 项目构成分解: each budget line under the project's name with its 项目内容, 项目明细, 明细金额, 单价
    /// and 依据, 数量 and 依据, 备注; then 金额合计, as the form states it where it does. The form has an
    /// 依据 beside 数量 as well as beside 单价; a line holds one 依据 (the basis of its standard), so the
    /// second stays for the filer's pen. The 前年/上年实际执行数 stand before 明细金额 when lines give them.
    /// </summary>
    private void Breakdown(TableDescriptor table)
    {
        var actuals = PriorYearActuals.For(declaration);
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn(1.2f);
        table.RelativeColumn(1.25f);
        table.RelativeColumn(1.25f);
        actuals.Define(table);
        table.ConstantColumn(58);
        table.ConstantColumn(58);
        table.RelativeColumn(0.5f);
        table.ConstantColumn(30);
        table.RelativeColumn(0.5f);
        table.RelativeColumn(0.85f);

        var lines = declaration.BudgetLines;
        FormParts.MergedLabel(table, null, "项目构成分解", lines.Count);
        foreach (var heading in new[] { "项目名称", "项目内容", "项目明细" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        actuals.Headings(table);
        foreach (var heading in new[] { "明细金额", "单价", "依据", "数量", "依据", "备注" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            table.Cell().ValueCell(declaration.ProjectName);
            table.Cell().ValueCell(line.Content);
            table.Cell().ValueCell(line.Item);
            // The actuals stand in their own columns, the line's other cells flowing around them.
            actuals.Cells(table, line, Unit, row: i + 1, firstColumn: 5);
            table.Cell().CentredCell(Unit.Format(line.Amount));
            table.Cell().CentredCell(FormStyle.Standard(line, Unit));
            table.Cell().ValueCell(line.Basis);
            table.Cell().CentredCell(FormStyle.Quantity(line));
            table.Cell().ValueCell(string.Empty);
            table.Cell().ValueCell(line.Remark);
        }

        table.Cell().ColumnSpan(4).LabelCell("金额合计");
        actuals.Totals(table, declaration.StatedBudgetLineTotals, Unit);
        table.Cell().CentredCell(lines.Count == 0 ? string.Empty : Unit.Format(declaration.StatedBudgetLineTotals.Amount ?? declaration.BudgetLinesTotal));
        for (var i = 0; i < 5; i++)
        {
            table.Cell().CentredCell("----");
        }
    }

    /// <summary>The third sheet: 制度保障 | 文件名称 | 具体措施 | the three 保障阶段, each ticked or not.</summary>
    private void Safeguards(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth + 12);
        table.RelativeColumn(1.2f);
        table.RelativeColumn(1);
        table.ConstantColumn(86);
        table.ConstantColumn(60);
        table.ConstantColumn(86);

        table.HeaderCell().LabelCell("制度保障");
        table.HeaderCell().LabelCell("文件名称");
        table.HeaderCell().LabelCell("具体措施");
        table.HeaderCell().ColumnSpan(3).LabelCell("保障阶段");

        foreach (var safeguard in declaration.Safeguards)
        {
            table.Cell().LabelCell(safeguard.Category);
            table.Cell().ValueCell(safeguard.DocumentName);
            table.Cell().ValueCell(safeguard.Measures);
            foreach (var stage in new[] { SafeguardStages.Planning, SafeguardStages.Implementation, SafeguardStages.Closing })
            {
                table.Cell().CentredCell(FormStyle.Tick(stage.Label(), safeguard.Stages.HasFlag(stage)));
            }
        }
    }
}
