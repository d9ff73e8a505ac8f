using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// The indicator table read back: its heading row found by 三级指标 wherever it stands, its columns
/// mapped by their headings, one 三级 per row with 一级 and 二级 from their merged cells, until a row
/// that is empty, a note across the form, or 总分. Template rows left empty are skipped.
/// </summary>
internal static class IndicatorTable
{
    /// <param name="level1Cells">Where each indicator read stands: the address of its 一级 cell (or its 三级's, without a 一级 column).</param>
    /// <param name="requireLevel1">Whether a row without 一级 is a problem: not for a pasted block that leaves the grid's 一级 as it is.</param>
    public static void Read(ReadSheet sheet, Declaration declaration, List<SheetProblem> problems, List<string> level1Cells, bool requireLevel1 = true)
    {
        var heading = sheet.Filled.Cast<CellReference?>()
            .FirstOrDefault(c => IndicatorColumns.Headings.GetValueOrDefault(IndicatorColumns.Plain(sheet[c!.Value].Text)) == IndicatorField.Name
                && IndicatorColumns.Plain(sheet[c!.Value].Text) != "指标内容");
        if (heading is not { } at)
        {
            return;
        }

        var columns = Columns(sheet, at.Row);
        var nameColumn = columns[IndicatorField.Name];
        for (var row = at.Row + 1; row <= sheet.LastRow; row++)
        {
            var texts = Enumerable.Range(1, Math.Max(sheet.LastColumn, 1)).Select(c => sheet[row, c].ToString().Trim()).ToList();
            var name = new CellReference(row, nameColumn);
            if (texts.All(t => t.Length == 0) || (sheet.IsCovered(name) && sheet[name] == sheet[row, 1] && !columns.ContainsValue(1)))
            {
                break;
            }

            if (texts.Contains("总分"))
            {
                if (columns.TryGetValue(IndicatorField.Weight, out var weightColumn))
                {
                    declaration.WeightTotal = Number(sheet, new CellReference(row, weightColumn), problems);
                }

                break;
            }

            if (ReadRow(sheet, row, columns, declaration, problems, requireLevel1) is { } indicator)
            {
                declaration.Indicators.Add(indicator);
                level1Cells.Add(sheet.Address(new CellReference(row, columns.GetValueOrDefault(IndicatorField.Level1, nameColumn))));
            }
        }
    }

    /// <summary>The field of each column by its heading: the first 二级/三级 only, 指标值 twice as 中期 then 年度.</summary>
    private static Dictionary<IndicatorField, int> Columns(ReadSheet sheet, int row)
    {
        var found = new List<(int Column, string Heading, IndicatorField Field)>();
        for (var column = 1; column <= sheet.LastColumn; column++)
        {
            var reference = new CellReference(row, column);
            var heading = IndicatorColumns.Plain(sheet[reference].Text);
            if (!sheet.IsCovered(reference) && IndicatorColumns.Headings.TryGetValue(heading, out var field))
            {
                found.Add((column, heading, field));
            }
        }

        // Beside a 度量单位 column (seed 003), 指标性质 is the comparator and 指标值 the number or grade alone.
        if (found.Any(f => f.Field == IndicatorField.Unit))
        {
            found = [.. found.Select(f => f.Field switch
            {
                _ when f.Heading == "指标性质" => f with { Field = IndicatorField.Comparator },
                IndicatorField.AnnualTarget => f with { Field = IndicatorField.Value },
                _ => f,
            })];
        }

        if (found.Count(f => f.Field == IndicatorField.AnnualTarget) >= 2 && !found.Any(f => f.Field == IndicatorField.MidTermTarget))
        {
            var first = found.FindIndex(f => f.Field == IndicatorField.AnnualTarget);
            found[first] = found[first] with { Field = IndicatorField.MidTermTarget };
        }

        var columns = new Dictionary<IndicatorField, int>();
        foreach (var (column, _, field) in found)
        {
            columns.TryAdd(field, column);
        }

        if (found.Exists(f => f.Field == IndicatorField.AnnualTarget))
        {
            columns[IndicatorField.AnnualTarget] = found.Last(f => f.Field == IndicatorField.AnnualTarget).Column;
        }

        return columns;
    }

    private static Indicator? ReadRow(ReadSheet sheet, int row, Dictionary<IndicatorField, int> columns, Declaration declaration, List<SheetProblem> problems, bool requireLevel1)
    {
        ReadCell Cell(IndicatorField field) => columns.TryGetValue(field, out var column) ? sheet[row, column] : ReadCell.Blank;
        CellReference At(IndicatorField field) => new(row, columns.GetValueOrDefault(field, columns[IndicatorField.Name]));
        var own = columns.Keys.Where(f => f is not (IndicatorField.Level1 or IndicatorField.Level2)).ToList();
        if (own.All(f => Cell(f).IsBlank))
        {
            return null; // a template row left for the pen
        }

        var indicator = new Indicator
        {
            Level1 = Cell(IndicatorField.Level1).ToString().Trim(),
            Level2 = Cell(IndicatorField.Level2).ToString().Trim(),
            Name = Cell(IndicatorField.Name).ToString().Trim(),
            Description = ListReading.Text(Cell(IndicatorField.Description)),
            Remark = ListReading.Text(Cell(IndicatorField.Remark)),
            ScoringStandard = ListReading.Text(Cell(IndicatorField.ScoringStandard)),
        };
        void Problem(IndicatorField field, string message) => problems.Add(new SheetProblem(sheet.Address(At(field)), message));
        if (indicator.Name.Length == 0)
        {
            Problem(IndicatorField.Name, "缺少三级指标名称。");
        }

        if (indicator.Level1.Length == 0 && requireLevel1)
        {
            Problem(IndicatorField.Level1, $"“{indicator.Name}”缺少一级指标。");
        }

        // 产出指标（50分）: the 一级's points, which the form prints with its name.
        if (FormSheetReader.Level1Points().Match(indicator.Level1) is { Success: true } points)
        {
            indicator.Level1 = points.Groups["name"].Value.Trim();
            if (!declaration.Level1Weights.Exists(w => w.Level1 == indicator.Level1))
            {
                declaration.Level1Weights.Add(new Level1Weight { Level1 = indicator.Level1, Weight = decimal.Parse(points.Groups["points"].Value, CultureInfo.InvariantCulture) });
            }
        }

        ReadTargets(sheet, row, columns, indicator, Problem);
        indicator.Nature = columns.ContainsKey(IndicatorField.Nature) && Cell(IndicatorField.Nature) is { IsBlank: false } nature
            ? Choice(nature, Enum.GetValues<IndicatorNature>(), n => n.Label(), () => Problem(IndicatorField.Nature, $"“{nature}”不是指标属性：填写定量或定性。")) ?? IndicatorColumns.InferredNature(indicator.Annual)
            : IndicatorColumns.InferredNature(indicator.Annual);
        if (Cell(IndicatorField.Basis) is { IsBlank: false } basis)
        {
            indicator.Basis = Choice(basis, Enum.GetValues<IndicatorBasis>(), b => b.Label(), () => Problem(IndicatorField.Basis, $"“{basis}”不是指标值确定依据：填写{string.Join("、", Enum.GetValues<IndicatorBasis>().Select(b => b.Label()))}之一。"));
        }

        if (Cell(IndicatorField.Direction) is { IsBlank: false } direction)
        {
            indicator.Direction = Choice(direction, Enum.GetValues<IndicatorDirection>(), d => d.Label(), () => Problem(IndicatorField.Direction, $"“{direction}”不是指标方向：填写正向、反向或区间。"));
        }

        if (Cell(IndicatorField.Weight) is { IsBlank: false } weight)
        {
            indicator.Weight = Number(sheet, At(IndicatorField.Weight), problems);
        }

        // 不适用 ticked: the 不适用 its target cells print for an empty target is no target.
        if (Cell(IndicatorField.NotApplicable).ToString().Trim() is "是" or "√" or NotApplicable.Word)
        {
            indicator.NotApplicable = true;
            foreach (var target in new[] { indicator.MidTerm, indicator.Annual }.Where(t => t.Text == NotApplicable.Word && t.Value is null && t.Comparator is null))
            {
                target.Text = null;
                target.Unit = null;
            }
        }

        return indicator;
    }

    /// <summary>The 中期 and 年度 targets, each from one cell or (seed 003) from the comparator, value and unit columns.</summary>
    private static void ReadTargets(ReadSheet sheet, int row, Dictionary<IndicatorField, int> columns, Indicator indicator, Action<IndicatorField, string> problem)
    {
        ReadCell Cell(IndicatorField field) => columns.TryGetValue(field, out var column) ? sheet[row, column] : ReadCell.Blank;
        foreach (var (field, set) in new (IndicatorField, Action<IndicatorTarget>)[] { (IndicatorField.MidTermTarget, t => indicator.MidTerm = t), (IndicatorField.AnnualTarget, t => indicator.Annual = t) })
        {
            var cell = Cell(field);
            set(CellReading.Target(cell, out var cellError));
            if (cellError is not null)
            {
                problem(field, cellError);
            }
        }

        if (!columns.ContainsKey(IndicatorField.Value))
        {
            return;
        }

        var value = Cell(IndicatorField.Value);
        var comparator = Cell(IndicatorField.Comparator).ToString().Trim();
        var unit = ListReading.Text(Cell(IndicatorField.Unit));
        var combined = new ReadCell(comparator + value + (value.IsBlank ? string.Empty : unit), null, false);
        if (value.IsBlank && comparator.Length == 0 && unit is null)
        {
            return;
        }

        string? error = null;
        var target = TargetText.TrySplit(combined.Text, out _, out _, out _) || TargetText.LooksNumeric(value.ToString())
            ? CellReading.Target(combined, out error)
            : new IndicatorTarget { Text = value.ToString().Trim() };
        if (target.Text is not null)
        {
            target.Comparator = TargetText.TrySplit(comparator + "0", out var symbol, out _, out _) ? symbol : null;
            target.Unit = unit;
            error = null;
        }

        if (error is not null)
        {
            problem(IndicatorField.Value, error);
        }

        indicator.Annual = target;
    }

    private static decimal? Number(ReadSheet sheet, CellReference at, List<SheetProblem> problems)
    {
        var number = CellReading.Number(sheet[at], out var error);
        if (error is not null)
        {
            problems.Add(new SheetProblem(sheet.Address(at), error));
        }

        return number;
    }

    /// <summary>The option whose label the cell says (or the label and 指标); otherwise <paramref name="problem"/> is told.</summary>
    internal static T? Choice<T>(ReadCell cell, T[] options, Func<T, string> label, Action problem)
        where T : struct
    {
        var text = cell.ToString().Trim();
        foreach (var option in options)
        {
            if (text == label(option) || text == label(option) + "指标")
            {
                return option;
            }
        }

        problem();
        return null;
    }
}
