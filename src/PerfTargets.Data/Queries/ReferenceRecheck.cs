using Microsoft.Extensions.Configuration;

namespace PerfTargets.Data.Queries;

/// <summary>
/// How long the reference data the admin changes (<see cref="ReferenceCache"/>) is kept before it is
/// read from the database again: <c>Database:ReferenceRecheckSeconds</c>, 30 by default, 0 (every
/// read) to 3600. A change this process saves is seen at once; one made elsewhere — another instance
/// on the same database, SQL by hand — within this time.
/// </summary>
public static class ReferenceRecheck
{
    public const string Key = "Database:ReferenceRecheckSeconds";

    public const int DefaultSeconds = 30;

    public const int MaximumSeconds = 3600;

    /// <summary>The configured interval; the default where there is no configuration (tools, tests).</summary>
    public static TimeSpan Interval(IConfiguration? configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration?.GetValue(Key, DefaultSeconds) ?? DefaultSeconds, 0, MaximumSeconds));
}
