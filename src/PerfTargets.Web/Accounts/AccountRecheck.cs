namespace PerfTargets.Web.Accounts;

/// <summary>
/// How long a signed-in session or access token goes on without its account being looked up in the
/// database again: <c>Security:AccountRecheckSeconds</c>, 30 by default, 0 (every request) to 3600.
/// A change this application makes to an account or a token takes effect at the next request
/// (<see cref="AccountChanges"/>); one made elsewhere — another instance on the same database, SQL by
/// hand — within this time.
/// </summary>
public static class AccountRecheck
{
    public const string Key = "Security:AccountRecheckSeconds";

    public const int DefaultSeconds = 30;

    public const int MaximumSeconds = 3600;

    public static TimeSpan Interval(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue(Key, DefaultSeconds), 0, MaximumSeconds));
}
