namespace PerfTargets.Core.Reports;

/// <summary>
/// How far the 资金支出计划 meant spending to be by a date. The plan gives cumulative percentages at
/// month-ends (3月底, 6月底, 10月底, 12月底); between two of them the plan is read on a straight line by
/// days, starting from 0% on 1 January; after the last point given it stays at that point's value.
/// A point left blank is passed over, so 9月30日 between 6月底 60% and 10月底 80% reads 74.96% (92 of 123 days along).
/// </summary>
public static class PlannedSpending
{
    /// <summary>The planned cumulative percent spent by the end of <paramref name="date"/>; null when the plan is empty.</summary>
    public static decimal? PercentAt(DisbursementPlan plan, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.IsEmpty)
        {
            return null;
        }

        var previousDate = new DateOnly(date.Year, 1, 1).AddDays(-1);
        var previousPercent = 0m;
        foreach (var point in DisbursementPoints.All)
        {
            if (point.Get(plan) is not { } percent)
            {
                continue;
            }

            var pointDate = new DateOnly(date.Year, point.Month, DateTime.DaysInMonth(date.Year, point.Month));
            if (date <= pointDate)
            {
                var span = pointDate.DayNumber - previousDate.DayNumber;
                var elapsed = date.DayNumber - previousDate.DayNumber;
                return previousPercent + ((percent - previousPercent) * elapsed / span);
            }

            previousDate = pointDate;
            previousPercent = percent;
        }

        return previousPercent;
    }
}
