using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Printing;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// The 申报表 sheet: the form as its family prints it — title and year, 填报单位 and 单位, the header
/// fields, 项目情况, 项目资金 with amounts as numbers in the form's unit, 资金支出计划, 总体目标, and
/// the indicator table with its 一级 and 二级 merged down their rows; A4 portrait, fit to the width.
/// </summary>
internal sealed class FormSheet(DeclarationPrint input, FormFamily family)
{
    private const int MinColumns = 5;
    private readonly Declaration declaration = input.Declaration;
    private readonly IReadOnlyList<IndicatorColumn> columns = family.ColumnsFor(input.Declaration);

    private int Width => Math.Max(MinColumns, columns.Count + 1);

    private MoneyUnit Unit => declaration.MoneyUnit;

    /// <summary>Each column's width: the label column, then the indicator table's.</summary>
    public IReadOnlyList<double> ColumnWidths =>
        [10, .. columns.Select(c => c.Width), .. Enumerable.Repeat(12d, Width - 1 - columns.Count)];

    /// <summary>Writes the sheet; <paramref name="notes"/> are lines under the form (a version's hash, a template's instructions).</summary>
    public void Write(WorkbookWriter workbook, HeaderFooterText footer, IReadOnlyList<string> notes)
    {
        var sheet = workbook.AddSheet(WorkbookFacts.FormSheet, new SheetSetup
        {
            ColumnWidths = ColumnWidths,
            Footer = footer,
            ShowGridLines = false,
        });
        var grid = new SheetGrid(Width);
        Title(grid);
        Header(grid);
        Narrative(grid);
        Funding(grid);
        DisbursementPlan(grid);
        Goals(grid);
        Indicators(grid);
        foreach (var note in notes)
        {
            grid.Row().Text(note, CellStyle.Note, Width);
        }

        grid.WriteTo(sheet, ColumnWidths);
    }

    private void Title(SheetGrid grid)
    {
        grid.Row(32).Text(family.Title, CellStyle.Title, Width);
        var year = declaration.BudgetYear > 0 ? declaration.BudgetYear.ToString(CultureInfo.InvariantCulture) : "　　　　";
        grid.Row(20).Text($"（{year}年度）", CellStyle.Subtitle, Width);
        grid.Row(22).Text($"填报单位（盖章）：{input.DepartmentName}", CellStyle.Text, Width - 2).Text($"单位：{Unit.Label()}", CellStyle.TextRight, 2);
    }

    /// <summary>项目名称 across the form, then the family's fields (and any other filled) two to a row.</summary>
    private void Header(SheetGrid grid)
    {
        grid.Row().Text("项目名称", CellStyle.Label).Text(declaration.ProjectName, CellStyle.BorderedText, Width - 1);
        var fields = HeaderFields.All.Where(f => family.HeaderFields.Contains(f.Label) || f.Filled(declaration)).ToList();
        var half = (Width + 1) / 2;
        for (var i = 0; i < fields.Count; i += 2)
        {
            grid.Row();
            var alone = i + 1 == fields.Count;
            HeaderCell(grid, fields[i], alone ? Width - 1 : half - 1);
            if (!alone)
            {
                HeaderCell(grid, fields[i + 1], Width - half - 1);
            }
        }
    }

    private void HeaderCell(SheetGrid grid, HeaderField field, int span)
    {
        grid.Text(field.Label, CellStyle.Label);
        grid.Cell(field.Shown(input) switch
        {
            DateOnly date => SheetCell.Of(date),
            var value => SheetCell.Of(value?.ToString(), CellStyle.BorderedText),
        }, span);
    }

    private void Narrative(SheetGrid grid)
    {
        foreach (var field in NarrativeFields.All.Where(f => family.NarrativeFields.Contains(f.Name) || !string.IsNullOrWhiteSpace(f.Get(declaration.Narrative))))
        {
            grid.Row().Text(field.Label, CellStyle.Label).Text(field.Get(declaration.Narrative), CellStyle.Prose, Width - 1);
        }
    }

    /// <summary>
    /// 项目资金 as the national form has it: 中期 and 年度 side by side (年度 alone without 中期), the
    /// 财政拨款 parts only when given; 以前年度已安排 as a block of its own where the family or the declaration has it.
    /// </summary>
    private void Funding(SheetGrid grid)
    {
        if (family.PriorYears || !declaration.PriorYearsFunding.IsEmpty)
        {
            FundingBlock(grid, FundingLines.For(new FundingSplit(), declaration.PriorYearsFunding, annualTotal: "以前年度已安排总额"), midTerm: false, "以前年度\n已安排");
        }

        FundingBlock(grid, FundingLines.For(declaration.MidTermFunding, declaration.AnnualFunding), declaration.HasMidTerm, "项目资金");
    }

    private void FundingBlock(SheetGrid grid, List<FundingLines> lines, bool midTerm, string label)
    {
        var values = Width - 1;
        var annualSpan = midTerm ? values / 2 : values;
        var midSpan = values - annualSpan;
        grid.Row().Text($"{label}\n（{Unit.Label()}）", CellStyle.Label, rowSpan: lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                grid.Row();
            }

            if (midTerm)
            {
                grid.Text(line.MidTermLabel, CellStyle.BorderedText, midSpan - (midSpan / 2)).Cell(Amount(line.MidTerm), midSpan / 2);
            }

            grid.Text(line.AnnualLabel, CellStyle.BorderedText, annualSpan - (annualSpan / 2)).Cell(Amount(line.Annual), annualSpan / 2);
        }
    }

    private SheetCell Amount(decimal? yuan) => AmountStyles.Cell(Unit, yuan);

    /// <summary>资金支出计划（%）: the share of the year's money spent by each date, under its heading.</summary>
    private void DisbursementPlan(SheetGrid grid)
    {
        if (!family.DisbursementPlan && declaration.DisbursementPlan.IsEmpty)
        {
            return;
        }

        var points = DisbursementPoints.All;
        var spans = Spread(Width - 1, points.Count);
        grid.Row().Text("资金支出计划（%）", CellStyle.Label, rowSpan: 2);
        for (var i = 0; i < points.Count; i++)
        {
            grid.Text(points[i].Label, CellStyle.Label, spans[i]);
        }

        grid.Row();
        for (var i = 0; i < points.Count; i++)
        {
            grid.Cell(SheetCell.Of(points[i].Get(declaration.DisbursementPlan), CellStyle.Number), spans[i]);
        }
    }

    /// <summary>总体目标: 中期目标 beside 年度目标, numbered 目标1：…; 年度目标 across the form without 中期.</summary>
    private void Goals(SheetGrid grid)
    {
        var midTerm = declaration.HasMidTerm;
        var annualSpan = midTerm ? (Width - 1) / 2 : Width - 1;
        grid.Row().Text("总体目标", CellStyle.Label, rowSpan: 2);
        if (midTerm)
        {
            grid.Text(MidTermHeading(), CellStyle.Label, Width - 1 - annualSpan);
        }

        grid.Text("年度目标", CellStyle.Label, annualSpan);
        grid.Row(GoalHeight());
        if (midTerm)
        {
            grid.Text(FormText.NumberedGoals(declaration.MidTermGoals), CellStyle.Prose, Width - 1 - annualSpan);
        }

        grid.Text(FormText.NumberedGoals(declaration.AnnualGoals), CellStyle.Prose, annualSpan);
    }

    private double GoalHeight()
    {
        var widths = ColumnWidths.Skip(1).Sum() / (declaration.HasMidTerm ? 2 : 1);
        var lines = Math.Max(
            TextFit.Lines(FormText.NumberedGoals(declaration.MidTermGoals), widths),
            TextFit.Lines(FormText.NumberedGoals(declaration.AnnualGoals), widths));
        return Math.Max(3, lines) * 14.5 + 4;
    }

    private string MidTermHeading() => declaration is { MidTermStartYear: { } from, MidTermEndYear: { } to }
        ? string.Create(CultureInfo.InvariantCulture, $"中期目标（{from}年—{to}年）")
        : "中期目标";

    /// <summary>绩效指标: the heading row, then one row per 三级 with 一级 and 二级 merged down theirs, 总分 under a weighted table.</summary>
    private void Indicators(SheetGrid grid)
    {
        var everyLevel2 = family.EveryLevel2 && !input.OmitEmptyLevel2s ? input.Framework : null;
        var tree = IndicatorGrid.Rows(declaration, everyLevel2);
        var rows = Math.Max(1, tree.Level1s.Sum(l => l.RowCount));
        grid.Row().Text("绩效指标", CellStyle.Label, rowSpan: rows + 1);
        foreach (var column in columns)
        {
            grid.Text(column.Heading, CellStyle.Label);
        }

        PadRow(grid, columns.Count);
        var first = true;
        foreach (var level1 in tree.Level1s)
        {
            foreach (var level2 in level1.Level2s)
            {
                foreach (var indicator in level2.Indicators)
                {
                    grid.Row();
                    foreach (var column in columns)
                    {
                        switch (column.Field)
                        {
                            case IndicatorField.Level1 when indicator == level2.Indicators[0] && level2 == level1.Level2s[0]:
                                grid.Text(level1.Name, CellStyle.Label, rowSpan: level1.RowCount);
                                break;
                            case IndicatorField.Level2 or IndicatorField.Level2Again when indicator == level2.Indicators[0]:
                                grid.Text(level2.Name, CellStyle.BorderedCentred, rowSpan: level2.Indicators.Count);
                                break;
                            case IndicatorField.Level1 or IndicatorField.Level2 or IndicatorField.Level2Again:
                                break;
                            default:
                                grid.Cell(IndicatorCell(indicator, column.Field));
                                break;
                        }
                    }

                    PadRow(grid, columns.Count);
                    first = false;
                }
            }
        }

        if (first)
        {
            grid.Row();
            foreach (var _ in columns)
            {
                grid.Cell(SheetCell.Empty(CellStyle.BorderedText));
            }

            PadRow(grid, columns.Count);
        }

        WeightTotal(grid);
    }

    private void PadRow(SheetGrid grid, int filled)
    {
        for (var i = filled + 1; i < Width; i++)
        {
            grid.Cell(SheetCell.Empty(CellStyle.BorderedText));
        }
    }

    private void WeightTotal(SheetGrid grid)
    {
        var weight = columns.ToList().FindIndex(c => c.Field == IndicatorField.Weight);
        if (weight < 0 || declaration.WeightTotal is not { } total)
        {
            return;
        }

        grid.Row().Text("总分", CellStyle.TotalLabel, weight + 1).Cell(SheetCell.Of(total, CellStyle.Number));
        PadRow(grid, weight + 1);
    }

    private static SheetCell IndicatorCell(Indicator indicator, IndicatorField field) => field switch
    {
        IndicatorField.Name or IndicatorField.NameAgain => SheetCell.Of(indicator.Name, CellStyle.BorderedText),
        IndicatorField.MidTermTarget => SheetCell.Of(IndicatorGrid.Target(indicator, indicator.MidTerm), CellStyle.BorderedCentred),
        IndicatorField.AnnualTarget => SheetCell.Of(IndicatorGrid.Target(indicator, indicator.Annual), CellStyle.BorderedCentred),
        IndicatorField.Comparator => SheetCell.Of(indicator.Annual.Comparator?.Symbol(), CellStyle.BorderedCentred),
        IndicatorField.Value => indicator.Annual switch
        {
            { Value: { } value } => SheetCell.Of(value, CellStyle.Number),
            { IsEmpty: true } when indicator.NotApplicable => SheetCell.Of(NotApplicable.Word, CellStyle.BorderedCentred),
            var target => SheetCell.Of(target.Text, CellStyle.BorderedCentred),
        },
        IndicatorField.Unit => SheetCell.Of(indicator.Annual.Unit, CellStyle.BorderedCentred),
        IndicatorField.Nature => SheetCell.Of(indicator.Name.Length == 0 ? null : $"{indicator.Nature.Label()}指标", CellStyle.BorderedCentred),
        IndicatorField.Description => SheetCell.Of(indicator.Description, CellStyle.BorderedText),
        IndicatorField.Basis => SheetCell.Of(indicator.Basis?.Label(), CellStyle.BorderedCentred),
        IndicatorField.Remark => SheetCell.Of(indicator.Remark, CellStyle.BorderedText),
        IndicatorField.Weight => SheetCell.Of(indicator.Weight, CellStyle.Number),
        IndicatorField.Direction => SheetCell.Of(indicator.Direction?.Label(), CellStyle.BorderedCentred),
        IndicatorField.ScoringStandard => SheetCell.Of(indicator.ScoringStandard, CellStyle.BorderedText),
        IndicatorField.NotApplicable => SheetCell.Of(indicator.NotApplicable ? "是" : null, CellStyle.BorderedCentred),
        _ => SheetCell.Empty(CellStyle.BorderedText),
    };

    /// <summary><paramref name="total"/> columns shared out among <paramref name="parts"/>, the first ones a column wider.</summary>
    private static int[] Spread(int total, int parts) =>
        [.. Enumerable.Range(0, parts).Select(i => (total / parts) + (i < total % parts ? 1 : 0))];
}
