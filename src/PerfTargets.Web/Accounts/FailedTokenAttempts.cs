namespace PerfTargets.Web.Accounts;

/// <summary>Wrong access tokens per client address: past <c>Api:FailedTokenAttemptsPerMinute</c> in a minute, 429.</summary>
public sealed class FailedTokenAttempts(IConfiguration configuration)
    : FailuresByAddress(configuration.GetValue(LimitKey, DefaultLimit))
{
    public const string LimitKey = "Api:FailedTokenAttemptsPerMinute";

    public const int DefaultLimit = 10;
}
