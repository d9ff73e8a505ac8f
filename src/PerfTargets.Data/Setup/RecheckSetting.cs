using Microsoft.Extensions.Configuration;

namespace PerfTargets.Data.Setup;

/// <summary>
/// A setting of how long a copy this process keeps goes on before it is read from the database again:
/// seconds, <see cref="DefaultSeconds"/> by default, 0 (every time) to <see cref="MaximumSeconds"/>. A change
/// this process saves is seen at once; one made elsewhere — another instance on the same database, SQL by
/// hand — within this time.
/// </summary>
public sealed record RecheckSetting(string Key)
{
    public const int DefaultSeconds = 30;

    public const int MaximumSeconds = 3600;

    /// <summary>A signed-in session's or access token's account (Identity's ValidationInterval, the token and notice caches).</summary>
    public static readonly RecheckSetting Accounts = new("Security:AccountRecheckSeconds");

    /// <summary>The reference data the admin changes (<see cref="Queries.ReferenceCache"/>).</summary>
    public static readonly RecheckSetting ReferenceData = new("Database:ReferenceRecheckSeconds");

    /// <summary>The configured interval; the default where there is no configuration (tools, tests).</summary>
    public TimeSpan Interval(IConfiguration? configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration?.GetValue(Key, DefaultSeconds) ?? DefaultSeconds, 0, MaximumSeconds));
}
