using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfTargets.Core.Printing;

/// <summary>How a printed form (PDF or workbook) words a declaration's fields: 项目期, dates, numbered goals.</summary>
public static partial class FormText
{
    /// <summary>项目期 as filed (长期, 2022年度), else the start and end dates.</summary>
    public static string Period(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (!string.IsNullOrWhiteSpace(declaration.PeriodText))
        {
            return declaration.PeriodText;
        }

        var from = declaration.StartDate?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var to = declaration.EndDate?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        return from is null && to is null ? string.Empty : $"{from}—{to}";
    }

    public static string ChineseDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>What the print of a version approved through an adjustment says of it: 调整后（2026年12月4日批复）.</summary>
    public static string Adjusted(DateOnly approvedOn) => $"调整后（{ChineseDate(approvedOn)}批复）";

    /// <summary>As <see cref="ChineseDate(DateOnly)"/>, and nothing for a date not given.</summary>
    public static string? ChineseDate(DateOnly? date) => date is { } given ? ChineseDate(given) : null;

    /// <summary>Numbered goals, one a line: 目标1：…</summary>
    public static string NumberedGoals(IEnumerable<string> goals) => NumberedGoals(goals, "目标{0}：");

    /// <summary>Numbered goals, one a line, each number as the form writes it: "{0}." for 1.…, "{0}、" for 1、…</summary>
    public static string NumberedGoals(IEnumerable<string> goals, string numbering) =>
        string.Join('\n', goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select((g, i) => string.Format(CultureInfo.InvariantCulture, numbering, i + 1) + g.Trim()));

    /// <summary>Goals as the local forms list them: a lone goal as it is, several numbered 1. 2. …, one a line.</summary>
    public static string ListedGoals(IEnumerable<string> goals)
    {
        var given = goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).ToList();
        return given.Count == 1 ? given[0] : string.Join('\n', given.Select((g, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}.{g}")));
    }

    /// <summary>
    /// Goals read back from a cell written by <see cref="NumberedGoals(IEnumerable{string})"/> or
    /// <see cref="ListedGoals"/> (or typed so): one a line, their numbers (目标1：, 1., 1、, （1）) taken off.
    /// </summary>
    public static List<string> SplitGoals(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(line => GoalNumber().Replace(line.Trim(), string.Empty).Trim()).Where(g => g.Length > 0)];

    [GeneratedRegex(@"^(目标\s*\d+\s*[：:]|\d+\s*[.、．]|[（(]\d+[）)])")]
    private static partial Regex GoalNumber();
}
