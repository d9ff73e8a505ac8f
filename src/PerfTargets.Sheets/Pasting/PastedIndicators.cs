using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Pasting;

/// <summary>Where a paste into the indicator grid lands and what is above it.</summary>
/// <param name="StartColumn">The grid column the pasted block starts at, when its first row names no columns (the focused cell's).</param>
/// <param name="AnnualOnly">只填年度: the grid shows no 中期 column, so a block fills 年度 after 三级.</param>
/// <param name="Level1Above">The 一级 of the grid row above the paste: a block that starts under a merged 一级 continues it.</param>
/// <param name="Level2Above">The 二级 of the grid row above the paste.</param>
public sealed record IndicatorPasteTarget(IndicatorField StartColumn, bool AnnualOnly = false, string? Level1Above = null, string? Level2Above = null);

/// <summary>A cell of a pasted block that could not be read as its column: which row (from 0) of the result, which column, why, and the text pasted there.</summary>
public sealed record PastedProblem<TField>(int Row, TField Field, string Message, string Text);

/// <summary>The indicators a pasted block holds, in order, the columns it filled, and what could not be read.</summary>
/// <param name="Columns">What the block's columns hold: a field outside them is the grid's to keep.</param>
public sealed record PastedIndicatorRows(IReadOnlyList<Indicator> Rows, IReadOnlyList<IndicatorField> Columns, IReadOnlyList<PastedProblem<IndicatorField>> Problems, IReadOnlyList<string> Notes);

/// <summary>
/// 从Excel粘贴指标: a block copied from a spreadsheet read as indicator rows. A first row of headings
/// (三级指标, 年度指标值 …) maps the columns as an imported file's would; without one, the columns
/// follow the editor's grid from the focused column (or from 一级/二级 when the first column holds
/// such names), passing over 指标属性 when the block has no such column and 中期 on an annual-only
/// form. Merged 一级/二级 cells, which copy as one value and blanks below, carry down; names are
/// matched to the framework's ("产出" is 产出指标); targets are read as the import reads them ("≥95%").
/// </summary>
public static class PastedIndicators
{
    /// <summary>The editor's indicator grid, column by column, as a headingless block fills it.</summary>
    public static IReadOnlyList<IndicatorField> GridColumns { get; } =
        [IndicatorField.Level1, IndicatorField.Level2, IndicatorField.Name, IndicatorField.Nature, IndicatorField.MidTermTarget, IndicatorField.AnnualTarget];

    /// <summary>Said of a block that does not reach the 三级 column: its rows could not be told apart.</summary>
    public const string NoNameColumn = "粘贴的内容须包含三级指标一列：请选中一级、二级或三级指标单元格后再粘贴，或在第一行带上栏目名称（如“三级指标”“年度指标值”）。";

    public static PastedIndicatorRows Read(string text, IndicatorFramework framework, IndicatorPasteTarget target)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(target);
        var notes = new List<string>();
        var rows = PastedSheet.RowsOf(text, notes);
        if (rows.Count == 0)
        {
            return new([], [], [], notes);
        }

        var headed = rows[0].Any(c => IndicatorColumns.Headings.GetValueOrDefault(IndicatorColumns.Plain(c)) == IndicatorField.Name);
        var heading = headed ? [.. rows[0]] : Heading(rows, framework, target, notes);
        var data = PastedSheet.Limited(headed ? rows.Skip(1).ToList() : rows, notes);

        var fields = heading.Select(h => IndicatorColumns.Headings.TryGetValue(IndicatorColumns.Plain(h), out var f) ? f : (IndicatorField?)null).ToList();
        if (!fields.Contains(IndicatorField.Name))
        {
            return new([], [], [], [NoNameColumn]);
        }

        var pasted = PastedSheet.Of(heading, CarryDown(data, fields, target));
        var sheet = pasted.Sheet;
        var declaration = new Declaration();
        var sheetProblems = new List<SheetProblem>();
        var level1Cells = new List<string>();
        IndicatorTable.Read(sheet, declaration, sheetProblems, level1Cells, requireLevel1: fields.Contains(IndicatorField.Level1));

        // Each read indicator's row of the block (a row with nothing of its own is passed over).
        var resultRowOf = level1Cells.Select((address, i) => (PastedSheet.CellOf(address).Row, i)).ToDictionary(x => x.Row, x => x.i);
        var problems = pasted.Problems(sheetProblems, resultRowOf, fields);

        for (var i = 0; i < declaration.Indicators.Count; i++)
        {
            MatchNames(declaration.Indicators[i], framework, i, problems);
        }

        return new(declaration.Indicators, [.. fields.OfType<IndicatorField>().Distinct()], problems, notes);
    }

    /// <summary>The headings a headingless block's columns stand for, from where it lands.</summary>
    private static List<string> Heading(List<IReadOnlyList<string>> rows, IndicatorFramework framework, IndicatorPasteTarget target, List<string> notes)
    {
        var width = rows.Max(r => r.Count);
        string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : string.Empty;
        bool ColumnIs(int column, Func<string, bool> test) =>
            rows.Select(r => Cell(r, column)).Where(c => c.Length > 0).ToList() is { Count: > 0 } cells && cells.All(test);

        var start = ColumnIs(0, c => FrameworkNames.Level1(framework, LevelName(c)) is not null) ? IndicatorField.Level1
            : ColumnIs(0, c => FrameworkNames.Level2(framework, null, c) is not null) ? IndicatorField.Level2
            : target.StartColumn;
        var slots = GridColumns.SkipWhile(f => f != start).Where(f => f != IndicatorField.MidTermTarget || !target.AnnualOnly).ToList();
        if (slots.Count == 0)
        {
            slots = [.. GridColumns];
        }

        var heading = new List<string>();
        var slot = 0;
        for (var column = 0; column < width; column++)
        {
            // A block without a 指标属性 column goes on to the targets.
            if (slot < slots.Count && slots[slot] == IndicatorField.Nature && !ColumnIs(column, IsNatureWord))
            {
                slot++;
            }

            if (slot < slots.Count)
            {
                heading.Add(HeadingOf(slots[slot++]));
            }
            else
            {
                heading.Add(string.Empty);
                if (rows.Any(r => Cell(r, column).Length > 0))
                {
                    notes.Add($"第 {column + 1} 列在指标表格中没有对应的栏目，未粘贴。");
                }
            }
        }

        return heading;
    }

    private static string HeadingOf(IndicatorField field) => IndicatorColumns.Headings.First(h => h.Value == field).Key;

    private static bool IsNatureWord(string text) =>
        Enum.GetValues<IndicatorNature>().Any(n => text == n.Label() || text == n.Label() + "指标");

    /// <summary>一级 as forms print it with its points, "产出指标（50分）": the name alone.</summary>
    private static string LevelName(string text) =>
        FormSheetReader.Level1Points().Match(text) is { Success: true } points ? points.Groups["name"].Value.Trim() : text;

    /// <summary>Merged 一级/二级 cells copy as a value and blanks: each blank takes the value above it.</summary>
    private static List<IReadOnlyList<string>> CarryDown(List<IReadOnlyList<string>> rows, List<IndicatorField?> fields, IndicatorPasteTarget target)
    {
        var carried = new List<IReadOnlyList<string>>();
        var above = new Dictionary<IndicatorField, string?> { [IndicatorField.Level1] = target.Level1Above, [IndicatorField.Level2] = target.Level2Above };
        foreach (var row in rows)
        {
            var cells = row.ToList();
            foreach (var level in new[] { IndicatorField.Level1, IndicatorField.Level2 })
            {
                var column = fields.IndexOf(level);
                if (column < 0)
                {
                    continue;
                }

                while (cells.Count <= column)
                {
                    cells.Add(string.Empty);
                }

                if (cells[column].Length == 0 && !string.IsNullOrEmpty(above[level]))
                {
                    cells[column] = above[level]!;
                }

                above[level] = cells[column];
            }

            carried.Add(cells);
        }

        return carried;
    }

    /// <summary>一级/二级 as the framework names them; a name it does not know is kept as written and said.</summary>
    private static void MatchNames(Indicator indicator, IndicatorFramework framework, int row, List<PastedProblem<IndicatorField>> problems)
    {
        var level2 = indicator.Level2.Length == 0 ? null : FrameworkNames.Level2(framework, FrameworkNames.Level1(framework, indicator.Level1), indicator.Level2);
        var level1 = FrameworkNames.Level1(framework, indicator.Level1) ?? (indicator.Level1.Length == 0 && level2 is not null ? FrameworkNames.Level1Holding(framework, level2) : null);
        if (level1 is not null)
        {
            indicator.Level1 = level1;
        }
        else if (indicator.Level1.Length > 0)
        {
            problems.Add(new(row, IndicatorField.Level1, $"“{indicator.Level1}”不是所选指标体系（{framework.Name}）的一级指标，请重新选择。", indicator.Level1));
        }

        if (level2 is not null)
        {
            indicator.Level2 = level2;
        }
        else if (indicator.Level2.Length > 0)
        {
            problems.Add(new(row, IndicatorField.Level2, $"“{indicator.Level2}”不是“{indicator.Level1}”下的二级指标，请重新选择。", indicator.Level2));
        }
    }
}
