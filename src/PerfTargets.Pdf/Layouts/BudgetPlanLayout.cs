namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// One project's 绩效目标表 as 秦皇岛市山海关区 prints it in the department's 绩效目标 document (seed
/// 004, 第二部分): the department's code and name over the grid, 项目编码 and 项目名称, 预算规模及资金用途
/// (预算数, 其中：财政资金, 其他资金, then the use of the money), 资金支出计划（%） cumulative by 3月底,
/// 6月底, 10月底 and 12月底, 绩效目标, and the indicators 一级 | 二级 | 三级 | 绩效指标描述 | 指标值 |
/// 指标值确定依据.
/// </summary>
public sealed class BudgetPlanLayout(DeclarationPrint print) : IDocument
{
    /// <summary>The label column, which the indicator table's 一级 column lines up with.</summary>
    private const float LabelWidth = 64;

    /// <summary>The columns right of the label: 预算规模 shares them in six, 资金支出计划 in four.</summary>
    private const int Parts = 12;

    private readonly Declaration declaration = print.Declaration;

    public DocumentInfo Info => PrintedDeclaration.Info(print);

    public void Compose(DocumentContainer document) => document.Page(page =>
    {
        FormParts.Page(page, print);
        page.Content().Column(column =>
        {
            // In a department's document the numbered heading (1、…绩效目标表) is the form's title, as in seed 004.
            if (print.Batch is null)
            {
                column.Item().PaddingBottom(12).Text($"{declaration.ProjectName}绩效目标表", FormStyle.Title, TextAlignment.Center);
            }
            else
            {
                FormParts.BatchHeading(column, print);
            }
            column.Item().Element(c => FormParts.FilerLine(c, print, Unit()));
            column.Item().Table(ProjectBlock);
            column.Item().Table(IndicatorTable);
            column.Item().Element(c => FormParts.ReviewBoxes(c, print));
            column.Item().Element(c => VerificationMark.Compose(c, print));
        });
    });

    /// <summary>The unit over the grid, its code first as the seed prints it and a space apart from its name: 224002　中共山海关区委….</summary>
    private string Unit() => string.IsNullOrWhiteSpace(print.DepartmentCode) ? print.DepartmentName : $"{print.DepartmentCode.Trim()}\u3000{print.DepartmentName}";

    private void ProjectBlock(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        for (var i = 0; i < Parts; i++)
        {
            table.RelativeColumn();
        }

        table.Cell().LabelCell("项目编码");
        table.Cell().ColumnSpan(5).ValueCell(declaration.ProjectCode);
        table.Cell().ColumnSpan(2).LabelCell("项目名称");
        table.Cell().ColumnSpan(5).ValueCell(declaration.ProjectName);

        BudgetScale(table);
        SpendingPlan(table);

        table.Cell().LabelCell("绩效目标");
        table.Cell().ColumnSpan(Parts).ProseCell(FormText.NumberedGoals(declaration.AnnualGoals, "{0}、"));
    }

    /// <summary>预算规模及资金用途: the year's 预算数 and its 财政资金 and 其他资金, in the declaration's unit; below them what the money is for.</summary>
    private void BudgetScale(TableDescriptor table)
    {
        var unit = declaration.MoneyUnit;
        var funding = declaration.AnnualFunding;
        table.Cell().RowSpan(2).LabelCell("预算规模及\n资金用途");
        table.Cell().ColumnSpan(2).LabelCell("预算数");
        table.Cell().ColumnSpan(2).CentredCell(unit.Format(funding.Total));
        table.Cell().ColumnSpan(2).LabelCell("其中：财政资金");
        table.Cell().ColumnSpan(2).CentredCell(unit.Format(funding.Fiscal));
        table.Cell().ColumnSpan(2).LabelCell("其他资金");
        table.Cell().ColumnSpan(2).CentredCell(unit.Format(funding.Other));
        table.Cell().ColumnSpan(Parts).ProseCell(declaration.Narrative.BudgetPurpose);
    }

    /// <summary>资金支出计划（%）: the share of the year's money spent by the end of March, June, October and December.</summary>
    private void SpendingPlan(TableDescriptor table)
    {
        var points = DisbursementPoints.All.Select(p => (p.Label, p.Get(declaration.DisbursementPlan))).ToArray();
        table.Cell().RowSpan(2).LabelCell("资金支出计划（%）");
        foreach (var (month, _) in points)
        {
            table.Cell().ColumnSpan(Parts / points.Length).LabelCell(month);
        }

        foreach (var (_, percent) in points)
        {
            table.Cell().ColumnSpan(Parts / points.Length).CentredCell(percent?.ToString("0.00", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The indicator table; its header row repeats on every page it reaches.</summary>
    private void IndicatorTable(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.ConstantColumn(64);
        table.RelativeColumn(1.2f);
        table.RelativeColumn(2.2f);
        table.RelativeColumn(0.8f);
        table.ConstantColumn(58);
        foreach (var heading in new[] { "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        FormParts.IndicatorRows(table, IndicatorTree.Build(declaration.Indicators), level1Column: 1, level2Column: 2, (indicator, _) =>
        {
            table.Cell().ValueCell(indicator.Name);
            table.Cell().ValueCell(indicator.Description);
            table.Cell().CentredCell(IndicatorGrid.Target(indicator, indicator.Annual));
            table.Cell().CentredCell(indicator.Basis?.Label());
        });
    }
}
