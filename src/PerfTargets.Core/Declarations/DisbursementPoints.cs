namespace PerfTargets.Core.Declarations;

/// <summary>One point of 资金支出计划: its member's name, the label the forms print, the month it closes, its percentage read and set.</summary>
public sealed record DisbursementPoint(string Name, string Label, int Month, Func<DisbursementPlan, decimal?> Get, Action<DisbursementPlan, decimal?> Set)
{
    /// <summary>The point as a document names it ("disbursementPlan.march"), for paths in messages.</summary>
    public string Path { get; } = "disbursementPlan." + char.ToLowerInvariant(Name[0]) + Name[1..];
}

/// <summary>The points of 资金支出计划 in date order: the end of March, June, October and December.</summary>
public static class DisbursementPoints
{
    public static IReadOnlyList<DisbursementPoint> All { get; } =
    [
        new(nameof(DisbursementPlan.March), "3月底", 3, p => p.March, (p, v) => p.March = v),
        new(nameof(DisbursementPlan.June), "6月底", 6, p => p.June, (p, v) => p.June = v),
        new(nameof(DisbursementPlan.October), "10月底", 10, p => p.October, (p, v) => p.October = v),
        new(nameof(DisbursementPlan.December), "12月底", 12, p => p.December, (p, v) => p.December = v),
    ];
}
