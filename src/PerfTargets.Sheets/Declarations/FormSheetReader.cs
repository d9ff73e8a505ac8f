using System.Globalization;
using System.Text.RegularExpressions;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// Reads a filled form back into a declaration: by the labels of our template wherever a user moved
/// rows or columns (项目名称 and its neighbour, the indicator table by its heading row, columns by
/// their headings), merged cells as their top-left value, numbers typed as text read as the editor
/// reads them. Every problem is collected with its cell; the caller stores nothing unless there is none.
/// </summary>
public static partial class FormSheetReader
{
    public static SheetReading Read(ReadWorkbook workbook, FormDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(defaults);
        var declaration = new Declaration();
        var problems = new List<SheetProblem>();
        var form = workbook.Sheet(WorkbookFacts.FormSheet) ?? (workbook.Sheets.Count > 0 ? workbook.Sheets[0] : null);
        if (form is null)
        {
            problems.Add(new SheetProblem("文件", "工作簿中没有工作表。"));
            return new SheetReading(declaration, null, null, problems, []);
        }

        var reading = new FormReading(form, declaration, problems);
        reading.Read(defaults);
        if (workbook.Sheet(WorkbookFacts.BudgetLineSheet) is { } lines)
        {
            ListReading.BudgetLines(lines, declaration, problems);
        }

        if (workbook.Sheet(WorkbookFacts.SafeguardSheet) is { } safeguards)
        {
            ListReading.Safeguards(safeguards, declaration, problems);
        }

        declaration.NumberRowsInOrder();
        return new SheetReading(
            declaration,
            workbook.CustomProperties.GetValueOrDefault(WorkbookFacts.FrameworkCode)?.Trim(),
            workbook.CustomProperties.GetValueOrDefault(WorkbookFacts.DepartmentCode)?.Trim(),
            problems,
            reading.Level1Cells);
    }

    /// <summary>
    /// The 一级 the framework does not have, each at its cell (“申报表!B20：‘产出指示’不是指标体系…的一级指标”):
    /// asked once the file's framework is known.
    /// </summary>
    public static IReadOnlyList<SheetProblem> UnknownLevel1s(SheetReading reading, Core.Taxonomy.IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(framework);
        var indicators = reading.Declaration.Indicators;
        return [.. indicators.Select((indicator, i) => (indicator, i))
            .Where(x => x.indicator.Level1.Length > 0 && framework.FindLevel1(x.indicator.Level1) is null && x.i < reading.Level1Cells.Count)
            .GroupBy(x => reading.Level1Cells[x.i])
            .Select(g => new SheetProblem(g.Key, $"“{g.First().indicator.Level1}”不是指标体系“{framework.Name}”的一级指标（{string.Join("、", framework.Level1s.OrderBy(l => l.Sequence).Select(l => l.Name))}）。"))];
    }

    /// <summary>（2024年度） or 2024年.</summary>
    [GeneratedRegex(@"(\d{4})\s*年")]
    internal static partial Regex Year();

    /// <summary>单位：万元, 金额单位：元.</summary>
    [GeneratedRegex(@"单位\s*[：:]\s*(万元|元)")]
    internal static partial Regex MoneyUnitLine();

    /// <summary>中期目标（2022年—2024年）.</summary>
    [GeneratedRegex(@"(\d{4})\s*年?\s*[—\-–~～至]+\s*(\d{4})")]
    internal static partial Regex YearRange();

    /// <summary>产出指标（50分）.</summary>
    [GeneratedRegex(@"^(?<name>.+?)[（(](?<points>\d+(\.\d+)?)\s*分[）)]$")]
    internal static partial Regex Level1Points();
}
