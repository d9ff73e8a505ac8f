using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Sheets.Declarations;

namespace PerfTargets.Sheets.Pasting;

/// <summary>A column of 项目支出预算明细, named as <see cref="BudgetLine"/>'s member.</summary>
public enum BudgetLineField
{
    Item,
    Content,
    Quantity,
    QuantityUnit,
    UnitStandard,
    StandardUnit,
    ActualTwoYearsBefore,
    ActualYearBefore,
    Amount,
    Basis,
    Remark,
}

/// <summary>The budget lines a pasted block holds, in order, the columns it filled, and what could not be read.</summary>
/// <param name="Columns">What the block's columns hold: a field outside them is the grid's to keep.</param>
public sealed record PastedBudgetLineRows(IReadOnlyList<BudgetLine> Rows, IReadOnlyList<BudgetLineField> Columns, IReadOnlyList<PastedProblem<BudgetLineField>> Problems, IReadOnlyList<string> Notes);

/// <summary>
/// 从Excel粘贴预算明细: a block copied from a spreadsheet read as budget lines, as the import reads its
/// 项目支出预算明细 sheet: by the block's heading row when it has one (支出明细项目, 金额 …), else by the
/// editor's columns from the focused one. Amounts are in the form's unit; a 合计 row is passed over.
/// </summary>
public static class PastedBudgetLines
{
    /// <summary>The sheet's columns, in the order of its headings (<see cref="BudgetLineSheet.Headings"/>).</summary>
    private static readonly BudgetLineField[] SheetColumns =
    [
        BudgetLineField.Item, BudgetLineField.Content, BudgetLineField.Quantity, BudgetLineField.QuantityUnit, BudgetLineField.UnitStandard,
        BudgetLineField.StandardUnit, BudgetLineField.ActualTwoYearsBefore, BudgetLineField.ActualYearBefore, BudgetLineField.Amount,
        BudgetLineField.Basis, BudgetLineField.Remark,
    ];

    /// <summary>The editor's budget-line grid, column by column, as a headingless block fills it.</summary>
    public static IReadOnlyList<BudgetLineField> GridColumns { get; } =
    [
        BudgetLineField.Item, BudgetLineField.Content, BudgetLineField.Quantity, BudgetLineField.QuantityUnit, BudgetLineField.UnitStandard,
        BudgetLineField.Amount, BudgetLineField.ActualTwoYearsBefore, BudgetLineField.ActualYearBefore, BudgetLineField.Basis, BudgetLineField.Remark,
    ];

    public static PastedBudgetLineRows Read(string text, MoneyUnit unit, BudgetLineField startColumn)
    {
        var notes = new List<string>();
        var rows = PastedSheet.RowsOf(text, notes);
        if (rows.Count == 0)
        {
            return new([], [], [], notes);
        }

        var headed = rows[0].Any(c => HeadingOf(c) is not null);
        var fields = headed ? rows[0].Select(HeadingOf).ToList() : Positional(rows, startColumn, notes);
        var data = PastedSheet.Limited(headed ? rows.Skip(1).ToList() : rows, notes);

        var columns = fields.OfType<BudgetLineField>().Distinct().ToList();

        // The reader finds its table by the first heading: a block without that column gets it, empty.
        if (!fields.Contains(BudgetLineField.Item))
        {
            fields.Insert(0, BudgetLineField.Item);
            data = [.. data.Select(r => (IReadOnlyList<string>)r.Prepend(string.Empty).ToList())];
        }

        var pasted = PastedSheet.Of([.. fields.Select(f => f is { } field ? HeadingText(field) : string.Empty)], data);
        var declaration = new Declaration { MoneyUnit = unit };
        var sheetProblems = new List<SheetProblem>();
        ListReading.BudgetLines(pasted.Sheet, declaration, sheetProblems);

        // The reader passes over 合计 and rows empty in its columns: the lines kept are the other rows, in order.
        bool Filled(IReadOnlyList<string> row) => fields.Where((f, column) => f is not null && column < row.Count && row[column].Length > 0).Any();
        var kept = data.Select((row, i) => (row, i))
            .Where(x => Filled(x.row) && !IsTotal(x.row, fields))
            .Select((x, index) => (SheetRow: x.i + PastedSheet.FirstRow, index))
            .ToDictionary(x => x.SheetRow, x => x.index);
        var problems = pasted.Problems(sheetProblems, kept, fields);
        return new(declaration.BudgetLines, columns, problems, notes);
    }

    private static string HeadingText(BudgetLineField field) => BudgetLineSheet.Headings[Array.IndexOf(SheetColumns, field)];

    private static BudgetLineField? HeadingOf(string text)
    {
        var index = Array.IndexOf(BudgetLineSheet.Headings, IndicatorColumns.Plain(text));
        return index < 0 ? null : SheetColumns[index];
    }

    private static bool IsTotal(IReadOnlyList<string> row, List<BudgetLineField?> fields) =>
        fields.IndexOf(BudgetLineField.Item) is var column and >= 0 && column < row.Count && row[column] == "合计";

    private static List<BudgetLineField?> Positional(List<IReadOnlyList<string>> rows, BudgetLineField start, List<string> notes)
    {
        var width = rows.Max(r => r.Count);
        var slots = GridColumns.SkipWhile(f => f != start).ToList();
        var fields = new List<BudgetLineField?>();
        for (var column = 0; column < width; column++)
        {
            fields.Add(column < slots.Count ? slots[column] : null);
            if (column >= slots.Count && rows.Any(r => column < r.Count && r[column].Length > 0))
            {
                notes.Add($"第 {column + 1} 列在预算明细表格中没有对应的栏目，未粘贴。");
            }
        }

        return fields;
    }
}
