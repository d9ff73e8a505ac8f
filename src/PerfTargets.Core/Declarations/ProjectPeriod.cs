using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfTargets.Core.Declarations;

/// <summary>
/// 项目期 as months: from the start and end dates when given, else read from the 项目期 text the
/// way forms write it (“2021.1-2021.12”, “202001-202012”, “2020年1月至2022年12月”), else the
/// 中期 years. Null when the declaration says nothing about its period.
/// </summary>
public sealed partial record ProjectPeriod(int StartYear, int StartMonth, int EndYear, int EndMonth)
{
    /// <summary>How many budget years the period touches.</summary>
    public int Years => EndYear - StartYear + 1;

    public string Display => $"{StartYear}年{StartMonth}月至{EndYear}年{EndMonth}月";

    public static ProjectPeriod? Of(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration is { StartDate: { } start, EndDate: { } end })
        {
            return new ProjectPeriod(start.Year, start.Month, end.Year, end.Month);
        }

        var points = YearMonth().Matches(declaration.PeriodText ?? string.Empty)
            .Select(m => (Year: int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture),
                Month: m.Groups["month"].Success ? int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture) : (int?)null))
            .Where(p => p.Year is >= BudgetYears.Min and <= BudgetYears.Max && p.Month is null or >= 1 and <= 12)
            .ToList();
        if (points.Count >= 2)
        {
            return new ProjectPeriod(points[0].Year, points[0].Month ?? 1, points[^1].Year, points[^1].Month ?? 12);
        }

        return declaration is { MidTermStartYear: { } first, MidTermEndYear: { } last }
            ? new ProjectPeriod(first, 1, last, 12)
            : null;
    }

    [GeneratedRegex(@"(?<year>\d{4})(?:\s*[年.\-/]?\s*(?<month>\d{1,2})(?!\d))?")]
    private static partial Regex YearMonth();
}
