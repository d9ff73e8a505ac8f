using PerfTargets.Core.Departments;

namespace PerfTargets.Pdf.Layouts;

/// <summary>What a department's 绩效目标 document for a year holds: its 部门整体绩效目标 and its project forms, in order.</summary>
public sealed record DepartmentPrint(string DepartmentName, string? DepartmentCode, int BudgetYear, DepartmentPerformanceGoal? Goal, IReadOnlyList<DeclarationPrint> Declarations);

/// <summary>
/// A department's 绩效目标 document for a budget year, as seed 004 is: a contents page, 第一部分
/// 部门整体绩效目标 (总体绩效目标, 分项绩效目标 by duty, 工作保障措施), then 第二部分 预算项目绩效目标
/// with every project's form, numbered, each starting on a new page, in the layout chosen.
/// </summary>
public sealed class DepartmentLayout(DepartmentPrint print, Func<DeclarationPrint, IDocument> layout) : IDocument
{
    private const string PartOne = "part-one";
    private const string PartTwo = "第二部分　预算项目绩效目标";

    public DocumentInfo Info => new($"{print.DepartmentName}{Year}年度绩效目标", print.DepartmentName);

    private string Year => print.BudgetYear.ToString(CultureInfo.InvariantCulture);

    public void Compose(DocumentContainer document)
    {
        var entries = Entries;
        document.Page(page =>
        {
            BatchParts.Page(page);
            page.Content().Column(column =>
            {
                BatchParts.Title(column, print.DepartmentName, $"{Year}年度绩效目标");
                BatchParts.ContentsLine(column.Item(), "第一部分　部门整体绩效目标", PartOne);
                // 第二部分 holds the project forms; without any there is no such part to list.
                if (entries.Count > 0)
                {
                    BatchParts.ContentsLine(column.Item(), PartTwo, entries[0].Batch!.Section);
                }

                foreach (var entry in entries)
                {
                    BatchParts.ContentsLine(column.Item().PaddingLeft(24), entry.Batch!.Heading.Split('\n')[^1], entry.Batch.Section);
                }
            });
        });
        document.Page(page =>
        {
            BatchParts.Page(page);
            page.Content().Column(DepartmentGoals);
        });
        foreach (var entry in entries)
        {
            layout(entry).Compose(document);
        }
    }

    /// <summary>The project forms with their headings: 第二部分 before the first, each numbered 1、2、….</summary>
    private List<DeclarationPrint> Entries => [.. print.Declarations.Select((d, i) =>
        BatchParts.Entry(d, i == 0 ? PartTwo : null, i + 1, d.Declaration.ProjectName, $"project-{i + 1}"))];

    private void DepartmentGoals(ColumnDescriptor column)
    {
        column.Spacing(6);
        column.Item().Section(PartOne);
        column.Item().Text("第一部分\n部门整体绩效目标", new TextStyle(16, Bold: true, LineHeight: 1.6f), TextAlignment.Center);
        var goal = print.Goal;
        if (goal is null)
        {
            column.Item().Text($"本单位尚未填报{Year}年度部门整体绩效目标。", FormStyle.Body);
            return;
        }

        column.Item().Text("一、总体绩效目标", FormStyle.Heading);
        column.Item().Text($"{print.DepartmentName}年度发展规划目标", FormStyle.Label);
        column.Item().Text(goal.OverallGoal, Prose);
        column.Item().Text("二、分项绩效目标", FormStyle.Heading);
        var duties = goal.DutyGoals.OrderBy(d => d.Sequence).ToList();
        if (!duties.Exists(IsSubHeading))
        {
            column.Item().Text($"{print.DepartmentName}主要职责分类绩效目标情况说明", FormStyle.Label);
        }

        foreach (var duty in duties)
        {
            if (IsSubHeading(duty))
            {
                column.Item().Text(duty.Duty.Trim(), FormStyle.Label);
                column.Item().Text(duty.Goal, Prose);
                continue;
            }

            column.Item().Text(t =>
            {
                t.Span(string.IsNullOrWhiteSpace(duty.Duty) ? string.Empty : duty.Duty.Trim() + "：", new TextStyle(Prose.Size, Bold: true, LineHeight: Prose.LineHeight));
                t.Span(duty.Goal, Prose);
            });
        }

        column.Item().Element(c => Money(c, goal));
        column.Item().Element(c => IndicatorTable(c, goal));
        column.Item().Text("三、工作保障措施", FormStyle.Heading);
        column.Item().Text($"{print.DepartmentName}实现本年度发展规划目标的保障措施", FormStyle.Label);
        column.Item().Text(goal.Safeguards, Prose);
    }

    private static TextStyle Prose { get; } = new(11, LineHeight: 1.7f);

    private static readonly string[] IndicatorHeadings = ["一级指标", "二级指标", "三级指标", "指标值"];

    /// <summary>
    /// 年度预算申请: 部门预算总额 and each source as the form names it, in the goal's unit; nothing when
    /// the goal states no money (seed 004 has none).
    /// </summary>
    private static void Money(IContainer container, DepartmentPerformanceGoal goal)
    {
        if (goal.BudgetTotal is null && goal.FundingSources.Count == 0)
        {
            return;
        }

        var unit = goal.MoneyUnit;
        container.PaddingTop(6).Column(block =>
        {
            block.Item().PaddingBottom(4).Row(row =>
            {
                row.RelativeItem().Text("年度预算申请", FormStyle.Label);
                row.ConstantItem(120).Text($"单位：{unit.Label()}", FormStyle.Body, TextAlignment.Right);
            });
            block.Item().Table(table =>
            {
                table.RelativeColumn(2);
                table.RelativeColumn(1);
                table.Cell().LabelCell("部门预算总额");
                table.Cell().CentredCell(unit.Format(goal.BudgetTotal));
                foreach (var (source, i) in goal.FundingSources.OrderBy(s => s.Sequence).Select((s, i) => (s, i)))
                {
                    table.Cell().ValueCell((i == 0 ? "其中：" : "　　　") + source.Name);
                    table.Cell().CentredCell(unit.Format(source.Amount));
                }
            });
        });
    }

    /// <summary>
    /// 整体绩效指标: the department's 一级 | 二级 | 三级 | 指标值 table, 权重 beside when the indicators
    /// carry weights, 一级 and 二级 merged down their rows as in the project forms.
    /// </summary>
    private static void IndicatorTable(IContainer container, DepartmentPerformanceGoal goal)
    {
        if (goal.Indicators.Count == 0)
        {
            return;
        }

        var scoring = ScoringColumns.For(goal.Indicators, goal.Indicators.Exists(i => i.Weight is not null));
        container.PaddingTop(6).Column(block =>
        {
            block.Item().PaddingBottom(4).Text("整体绩效指标", FormStyle.Label);
            block.Item().Table(table =>
            {
                table.ConstantColumn(54);
                table.ConstantColumn(74);
                table.RelativeColumn(2);
                table.RelativeColumn(1.2f);
                scoring.Define(table);
                foreach (var heading in IndicatorHeadings)
                {
                    table.HeaderCell().LabelCell(heading);
                }

                scoring.Headings(table);
                FormParts.IndicatorRows(table, IndicatorTree.Build(goal.Indicators), level1Column: 1, level2Column: 2, (indicator, row) =>
                {
                    table.Cell().Row(row).Column(3).ValueCell(indicator.Name);
                    table.Cell().Row(row).Column(4).CentredCell(IndicatorGrid.Target(indicator, indicator.Annual));
                    scoring.Cells(table, indicator, row, firstColumn: 5);
                });
            });
        });
    }

    /// <summary>
    /// A duty filed as the sub-heading itself (seed 004's 网信办主要职责分类绩效目标情况说明): it prints as
    /// the sub-heading, in place of the one made from the department's name, not as a duty before its goal.
    /// </summary>
    private static bool IsSubHeading(DutyGoal duty) => duty.Duty.Trim().EndsWith("情况说明", StringComparison.Ordinal);
}
