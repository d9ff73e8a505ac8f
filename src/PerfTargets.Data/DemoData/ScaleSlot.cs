namespace PerfTargets.Data.DemoData;

/// <summary>
/// Where the scale demo's declaration numbered <paramref name="Index"/> goes: its unit (by index in
/// <see cref="ScaleUnits"/>), its budget year, its place among that unit's projects of the year
/// (<paramref name="Ordinal"/>, from 0), and its state. Declarations go round the units, then the years,
/// so any run spreads evenly over both.
/// </summary>
public sealed record ScaleSlot(int Index, int Unit, int BudgetYear, int Ordinal, ScaleState State)
{
    public static ScaleSlot Of(int index, int units, IReadOnlyList<int> years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentOutOfRangeException.ThrowIfZero(years.Count);
        return new ScaleSlot(index, index % units, years[index / units % years.Count], index / (units * years.Count), ScaleStates.Of(index));
    }
}
