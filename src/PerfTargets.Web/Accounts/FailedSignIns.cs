namespace PerfTargets.Web.Accounts;

/// <summary>
/// Failed sign-ins per client address: past <c>Security:FailedSignInsPerMinute</c> (4) in a minute,
/// the address is answered 429 without the account being looked at. Fewer than the five failures
/// that lock an account, so one stranger's address reaches its own limit before it locks anyone out.
/// </summary>
public sealed class FailedSignIns(IConfiguration configuration)
    : FailuresByAddress(configuration.GetValue(LimitKey, DefaultLimit))
{
    public const string LimitKey = "Security:FailedSignInsPerMinute";

    public const int DefaultLimit = 4;
}
