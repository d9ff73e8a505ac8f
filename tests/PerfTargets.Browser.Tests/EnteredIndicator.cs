using Microsoft.Playwright;
using PerfTargets.Core.Declarations;
using PerfTargets.Web.Pages.Declarations.Edit;

namespace PerfTargets.Browser.Tests;

/// <summary>三级指标 as the editor's row shows it: what the re-entry study enters and compares with the seed.</summary>
internal sealed record EnteredIndicator(
    string Level1, string Level2, string Name, string Nature,
    string MidTermComparator, string MidTermValue, string MidTermUnit,
    string AnnualComparator, string AnnualValue, string AnnualUnit)
{
    /// <summary>The row's fields in the order Tab reaches them from its 一级 (the 不适用 box, left alone, is number 4).</summary>
    public static readonly string[] Fields =
    [
        ".js-level1", ".js-level2", "textarea[data-library]", "[name$='.Nature']", "[name$='.NotApplicable']",
        "[name$='.MidTerm.Comparator']", "[name$='.MidTerm.Value']", "[name$='.MidTerm.Unit']",
        "[name$='.Annual.Comparator']", "[name$='.Annual.Value']", "[name$='.Annual.Unit']",
    ];

    /// <summary>The row as the editor shows a saved indicator.</summary>
    public static EnteredIndicator From(Indicator indicator)
    {
        var (midTerm, annual) = (TargetForm.From(indicator.MidTerm), TargetForm.From(indicator.Annual));
        return new(indicator.Level1, indicator.Level2, indicator.Name, indicator.Nature.ToString(),
            midTerm.Comparator?.ToString() ?? string.Empty, midTerm.Value ?? string.Empty, midTerm.Unit ?? string.Empty,
            annual.Comparator?.ToString() ?? string.Empty, annual.Value ?? string.Empty, annual.Unit ?? string.Empty);
    }

    /// <summary>What each field of <see cref="Fields"/> should hold; null for the box not entered.</summary>
    public string?[] Values() =>
        [Level1, Level2, Name, Nature, null, MidTermComparator, MidTermValue, MidTermUnit, AnnualComparator, AnnualValue, AnnualUnit];

    /// <summary>Whether field <paramref name="index"/> of <see cref="Fields"/> is a list to choose from.</summary>
    public static bool IsChoice(int index) => index is 0 or 1 or 3 or 5 or 8;

    /// <summary>Every row of the grid, read in one go.</summary>
    public static async Task<List<EnteredIndicator>> ReadAllAsync(ILocator rows)
    {
        var read = await rows.EvaluateAllAsync<string[][]>("(rows, fields) => rows.map((row) => fields.map((f) => row.querySelector(f).value))", Fields);
        return [.. read.Select(v => new EnteredIndicator(v[0], v[1], v[2], v[3], v[5], v[6], v[7], v[8], v[9], v[10]))];
    }
}
