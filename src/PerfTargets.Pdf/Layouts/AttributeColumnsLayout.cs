using PerfTargets.Core.Departments;

namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// The project text and 项目绩效目标表 as 昆明市呈贡区 prints them (seed 003): under the title
/// "……部门2022年……项目", 项目名称, 立项依据, the 项目实施单位 with its profile, 项目基本概况,
/// 实施内容, 资金安排情况, 实施计划 and 实施成效; then, from a new page, 项目绩效目标表: 项目目标
/// (总体 and 预算年度) and the indicator table 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 |
/// 指标属性 | 指标内容, in which 指标性质 is the comparator, 指标值 the number or grade, 指标属性
/// 定量指标 / 定性指标 and 指标内容 the description; a scored declaration adds 分值 (指标方向, 评分标准)
/// at the right and 总分 under the table.
/// </summary>
public sealed class AttributeColumnsLayout(DeclarationPrint print) : IDocument
{
    private const float LabelWidth = 74;
    private readonly Declaration declaration = print.Declaration;
    private readonly ScoringColumns scoring = ScoringColumns.For(print.Declaration, weightHeading: "分值");

    public DocumentInfo Info => PrintedDeclaration.Info(print);

    public void Compose(DocumentContainer document) => document.Page(page =>
    {
        FormParts.Page(page, print);
        page.Content().Column(column =>
        {
            FormParts.BatchHeading(column, print);
            column.Item().Text(Title(), FormStyle.Title, TextAlignment.Center);
            column.Item().PaddingTop(10).Element(c => FormParts.FilerLine(c, print, $"填报单位（盖章）：{print.DepartmentName}"));
            column.Item().Table(ProjectText);
            // 项目绩效目标表 is a form of its own after the project's text, as the seed prints it.
            column.Item().PageBreak();
            column.Item().PaddingBottom(8).Text("项目绩效目标表", FormStyle.Title, TextAlignment.Center);
            column.Item().Table(ProjectGoals);
            column.Item().Table(IndicatorTable);
            column.Item().Element(c => FormParts.ReviewBoxes(c, print));
            column.Item().Element(c => VerificationMark.Compose(c, print));
        });
    });

    /// <summary>昆明市呈贡区融媒体中心部门2022年网络信息经费项目</summary>
    private string Title()
    {
        var project = declaration.ProjectName.Trim();
        var suffix = project.EndsWith("项目", StringComparison.Ordinal) ? string.Empty : "项目";
        return string.Create(CultureInfo.InvariantCulture, $"{print.DepartmentName}部门{declaration.BudgetYear}年{project}{suffix}");
    }

    /// <summary>The project's text: a label column and four columns for the unit's profile and the amounts to share.</summary>
    private void ProjectText(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        for (var i = 0; i < 4; i++)
        {
            table.RelativeColumn();
        }

        TextRow(table, "项目名称", declaration.ProjectName);
        TextRow(table, "立项依据", declaration.Narrative.Basis);
        ImplementingUnit(table);
        TextRow(table, "项目基本概况", declaration.Narrative.Overview);
        TextRow(table, "项目实施内容", declaration.Narrative.Content);
        FundingArrangement(table);
        TextRow(table, "项目实施计划", declaration.Narrative.Plan);
        TextRow(table, "项目实施成效", declaration.Narrative.ExpectedOutcomes);
    }

    private static void TextRow(TableDescriptor table, string label, string? text)
    {
        table.Cell().LabelCell(label);
        table.Cell().ColumnSpan(4).ValueCell(text);
    }

    /// <summary>项目实施单位: its name and the profile kept on the department (seed 003's 单位基本信息).</summary>
    private void ImplementingUnit(TableDescriptor table)
    {
        var profile = print.UnitProfile ?? new UnitProfile();
        table.Cell().RowSpan(5).LabelCell("项目实施单位");
        table.Cell().ColumnSpan(4).ValueCell($"单位名称：{declaration.ImplementingUnit ?? print.DepartmentName}");
        table.Cell().ColumnSpan(2).ValueCell($"组织机构代码：{profile.CreditCode}");
        table.Cell().ColumnSpan(2).ValueCell($"地址：{profile.Address}");
        table.Cell().ColumnSpan(2).ValueCell($"联系电话：{profile.Phone}");
        table.Cell().ColumnSpan(2).ValueCell($"法人代表：{profile.LegalRepresentative}");
        table.Cell().ColumnSpan(4).ValueCell($"经费来源：{profile.FundingSource}");
        var overview = $"单位概况：{profile.Overview}";
        table.Cell().ColumnSpan(4).ValueCell(string.IsNullOrWhiteSpace(profile.InternalStructure) ? overview : $"{overview}\n{profile.InternalStructure}");
    }

    /// <summary>
    /// 资金安排情况: the text as filed, then the amounts of whichever of 中期 and 年度 was given, in the
    /// declaration's unit — side by side when both were.
    /// </summary>
    private void FundingArrangement(TableDescriptor table)
    {
        var unit = declaration.MoneyUnit;
        var lines = FundingLines.For(declaration.MidTermFunding, declaration.AnnualFunding);
        var midTerm = !declaration.MidTermFunding.IsEmpty;
        var annual = !declaration.AnnualFunding.IsEmpty;
        var amountRows = midTerm || annual ? lines.Count : 0;
        table.Cell().RowSpan(1 + amountRows).LabelCell(amountRows > 0 ? $"资金安排情况\n（{unit.Label()}）" : "资金安排情况");
        table.Cell().ColumnSpan(4).ValueCell(declaration.Narrative.FundingArrangement);
        if (amountRows == 0)
        {
            return;
        }

        var span = midTerm && annual ? 1 : 2;
        foreach (var line in lines)
        {
            if (midTerm)
            {
                table.Cell().ColumnSpan(span).ValueCell(line.MidTermLabel);
                table.Cell().ColumnSpan(span).CentredCell(unit.Format(line.MidTerm));
            }

            if (annual)
            {
                table.Cell().ColumnSpan(span).ValueCell(line.AnnualLabel);
                table.Cell().ColumnSpan(span).CentredCell(unit.Format(line.Annual));
            }
        }
    }

    /// <summary>The columns of 项目绩效目标表, which 项目目标 and the indicator table share, the scoring ones last.</summary>
    private void Grid(TableDescriptor table)
    {
        table.ConstantColumn(54);
        table.ConstantColumn(64);
        table.RelativeColumn(1.3f);
        table.ConstantColumn(36);
        table.RelativeColumn(0.8f);
        table.ConstantColumn(36);
        table.ConstantColumn(48);
        table.RelativeColumn(1.9f);
        scoring.Define(table);
    }

    /// <summary>项目目标: 总体目标 over the mid-term years and 预算年度目标, each numbered 1. 2. ….</summary>
    private void ProjectGoals(TableDescriptor table)
    {
        Grid(table);
        table.Cell().RowSpan(2).ColumnSpan(2).LabelCell("项目目标");
        table.Cell().ColumnSpan(2).LabelCell(MidTermHeading());
        table.Cell().ColumnSpan(4 + scoring.Count).ProseCell(FormText.NumberedGoals(declaration.MidTermGoals, "{0}."));
        table.Cell().ColumnSpan(2).LabelCell(string.Create(CultureInfo.InvariantCulture, $"预算年度({declaration.BudgetYear}年)目标"));
        table.Cell().ColumnSpan(4 + scoring.Count).ProseCell(FormText.NumberedGoals(declaration.AnnualGoals, "{0}."));
    }

    private string MidTermHeading() => declaration is { MidTermStartYear: { } from, MidTermEndYear: { } to }
        ? string.Create(CultureInfo.InvariantCulture, $"总体目标({from}年-{to}年)")
        : "总体目标";

    /// <summary>绩效指标 with its seven columns, 指标内容 beside them; the header repeats on every page.</summary>
    private void IndicatorTable(TableDescriptor table)
    {
        Grid(table);
        table.HeaderCell().ColumnSpan(7).LabelCell("绩效指标");
        table.HeaderCell().RowSpan(2).LabelCell("指标内容");
        scoring.Headings(table, rowSpan: 2);
        foreach (var heading in new[] { "一级指标", "二级指标", "三级指标", "指标\n性质", "指标值", "度量\n单位", "指标属性" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        FormParts.IndicatorRows(table, PrintedIndicators.Tree(print, paperShowsEveryLevel2: false), level1Column: 1, level2Column: 2, (indicator, row) =>
        {
            var target = indicator.Annual;
            table.Cell().ValueCell(indicator.Name);
            table.Cell().CentredCell(target.Comparator?.Symbol());
            table.Cell().CentredCell(TargetValue(indicator));
            table.Cell().CentredCell(target.Unit);
            table.Cell().CentredCell($"{indicator.Nature.Label()}指标");
            table.Cell().ValueCell(indicator.Description);
            scoring.Cells(table, indicator, row, firstColumn: 9);
        });
        scoring.TotalRow(table, declaration.WeightTotal, columnsBefore: 8);
    }

    /// <summary>
    /// 指标值 without comparator and unit, which have columns of their own: the number, else the grade
    /// text; 不适用 for a row marked so with nothing written.
    /// </summary>
    private static string? TargetValue(Indicator indicator) => indicator.Annual switch
    {
        { Value: { } value } => value.ToString("0.##########", CultureInfo.InvariantCulture),
        { IsEmpty: true } when indicator.NotApplicable => IndicatorGrid.Target(indicator, indicator.Annual),
        var target => target.Text,
    };
}
