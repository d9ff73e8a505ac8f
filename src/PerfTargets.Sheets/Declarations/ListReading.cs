using PerfTargets.Core.Declarations;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Declarations;

/// <summary>The sheets of 项目支出预算明细 and 制度保障 read back by their heading rows.</summary>
internal static class ListReading
{
    public static void BudgetLines(ReadSheet sheet, Declaration declaration, List<SheetProblem> problems)
    {
        if (HeadingRow(sheet, BudgetLineSheet.Headings[0]) is not { } heading)
        {
            return;
        }

        var columns = Columns(sheet, heading.Row, BudgetLineSheet.Headings);
        var unit = declaration.MoneyUnit;
        ReadCell Cell(int row, string name) => columns.TryGetValue(name, out var column) ? sheet[row, column] : ReadCell.Blank;
        decimal? Money(int row, string name)
        {
            var amount = CellReading.Money(Cell(row, name), unit, out var error);
            if (error is not null)
            {
                problems.Add(new SheetProblem(sheet.Address(new CellReference(row, columns[name])), error));
            }

            return amount;
        }

        for (var row = heading.Row + 1; row <= sheet.LastRow; row++)
        {
            var item = Cell(row, "支出明细项目").ToString().Trim();
            if (item == "合计")
            {
                declaration.StatedBudgetLineTotals.Amount = Money(row, "金额");
                declaration.StatedBudgetLineTotals.ActualTwoYearsBefore = Money(row, "前年实际执行数");
                declaration.StatedBudgetLineTotals.ActualYearBefore = Money(row, "上年实际执行数");
                continue;
            }

            if (columns.Keys.All(name => Cell(row, name).IsBlank))
            {
                continue;
            }

            decimal? Number(string name)
            {
                if (Cell(row, name).IsBlank)
                {
                    return null;
                }

                var number = CellReading.Number(Cell(row, name), out var error);
                if (error is not null)
                {
                    problems.Add(new SheetProblem(sheet.Address(new CellReference(row, columns[name])), error));
                }

                return number;
            }

            declaration.BudgetLines.Add(new BudgetLine
            {
                Item = item,
                Content = Text(Cell(row, "项目内容")),
                Quantity = Number("数量"),
                QuantityUnit = Text(Cell(row, "数量单位")),
                UnitStandard = Money(row, "支出标准"),
                StandardUnit = Text(Cell(row, "标准单位")),
                ActualTwoYearsBefore = Money(row, "前年实际执行数"),
                ActualYearBefore = Money(row, "上年实际执行数"),
                Amount = Money(row, "金额") ?? 0,
                Basis = Text(Cell(row, "依据")),
                Remark = Text(Cell(row, "备注")),
            });
        }
    }

    public static void Safeguards(ReadSheet sheet, Declaration declaration, List<SheetProblem> problems)
    {
        if (HeadingRow(sheet, SafeguardSheet.Headings[0]) is not { } heading)
        {
            return;
        }

        var columns = Columns(sheet, heading.Row, SafeguardSheet.Headings);
        ReadCell Cell(int row, string name) => columns.TryGetValue(name, out var column) ? sheet[row, column] : ReadCell.Blank;
        for (var row = heading.Row + 1; row <= sheet.LastRow; row++)
        {
            if (columns.Keys.All(name => Cell(row, name).IsBlank))
            {
                continue;
            }

            var stages = SafeguardStages.None;
            foreach (var stage in SafeguardSheet.Stages)
            {
                var mark = Cell(row, stage.Label()).ToString().Trim();
                if (mark is SafeguardSheet.Tick or "✓" or "✔" or "是" or "1" or "TRUE")
                {
                    stages |= stage;
                }
                else if (mark.Length > 0 && mark != "□")
                {
                    problems.Add(new SheetProblem(sheet.Address(new CellReference(row, columns[stage.Label()])), $"“{mark}”：保障阶段请打“{SafeguardSheet.Tick}”或留空。"));
                }
            }

            declaration.Safeguards.Add(new SystemSafeguard
            {
                Category = Cell(row, "制度保障").ToString().Trim(),
                DocumentName = Text(Cell(row, "文件名称")),
                Measures = Text(Cell(row, "具体措施")),
                Stages = stages,
            });
        }
    }

    /// <summary>The first cell whose text is <paramref name="heading"/>.</summary>
    public static CellReference? HeadingRow(ReadSheet sheet, string heading) =>
        sheet.Filled.Cast<CellReference?>().FirstOrDefault(c => IndicatorColumns.Plain(sheet[c!.Value].Text) == heading);

    /// <summary>The column of each of <paramref name="headings"/> found on the heading row, by heading.</summary>
    public static Dictionary<string, int> Columns(ReadSheet sheet, int row, IEnumerable<string> headings)
    {
        var wanted = headings.ToHashSet();
        var columns = new Dictionary<string, int>();
        for (var column = 1; column <= sheet.LastColumn; column++)
        {
            var text = IndicatorColumns.Plain(sheet[row, column].Text);
            if (wanted.Contains(text) && !sheet.IsCovered(new CellReference(row, column)))
            {
                columns.TryAdd(text, column);
            }
        }

        return columns;
    }

    public static string? Text(ReadCell cell) => cell.IsBlank ? null : cell.ToString().Trim();
}
