using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfTargets.Web.Validation;

/// <summary>
/// Where on a declaration page a problem's field is: "indicators[5].annual" → the row
/// "indicator-5", "annualFunding.total" → the section "funding".
/// </summary>
public static partial class ProblemAnchor
{
    public static string For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var match = Row().Match(path);
        if (match.Success)
        {
            var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            return match.Groups[1].Value switch
            {
                "indicators" => RowOfIndicator(index),
                "budgetLines" => RowOfBudgetLine(index),
                _ => SectionOf(match.Groups[1].Value),
            };
        }

        return SectionOf(path.Split('.')[0]);
    }

    public static string RowOfIndicator(int index) => $"indicator-{index}";

    public static string RowOfBudgetLine(int index) => $"budget-line-{index}";

    private static string SectionOf(string member) => member switch
    {
        "indicators" => "indicators",
        "budgetLines" => "budget-lines",
        "midTermFunding" or "annualFunding" or "priorYearsFunding" => "funding",
        "disbursementPlan" => "disbursement",
        "midTermGoals" or "annualGoals" => "goals",
        "narrative" => "narrative",
        "safeguards" => "safeguards",
        _ => "header",
    };

    [GeneratedRegex(@"^(\w+)\[(\d+)\]")]
    private static partial Regex Row();
}
