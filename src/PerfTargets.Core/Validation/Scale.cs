namespace PerfTargets.Core.Validation;

/// <summary>Decimal places: a number finer than its column would be rounded by PostgreSQL and kept by SQLite.</summary>
internal static class Scale
{
    public static bool AtMost(decimal? value, int places) => value is not { } v || decimal.Round(v, places) == v;
}
