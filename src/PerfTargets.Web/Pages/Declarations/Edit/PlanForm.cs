using System.Globalization;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>资金支出计划 as typed: cumulative percentages at the end of March, June, October and December.</summary>
public sealed class PlanForm
{
    public string? March { get; set; }

    public string? June { get; set; }

    public string? October { get; set; }

    public string? December { get; set; }

    /// <summary>The four points in order, with the names the form and the plan give them.</summary>
    public IEnumerable<(string Field, string Label, string? Text)> Points =>
        DisbursementPoints.All.Zip([March, June, October, December], (point, text) => (point.Name, point.Label, text));

    public static PlanForm From(DisbursementPlan plan) => new()
    {
        March = Show(plan.March),
        June = Show(plan.June),
        October = Show(plan.October),
        December = Show(plan.December),
    };

    private static string? Show(decimal? percent) => percent?.ToString("0.##", CultureInfo.InvariantCulture);
}
