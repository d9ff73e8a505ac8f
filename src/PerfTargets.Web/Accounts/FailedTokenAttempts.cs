using System.Threading.RateLimiting;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Counts wrong access tokens per client address: past <c>Api:FailedTokenAttemptsPerMinute</c> in
/// a minute, that address is refused (429) for the rest of the minute, so tokens cannot be guessed
/// at speed. Good tokens count nothing.
/// </summary>
public sealed class FailedTokenAttempts : IDisposable
{
    public const string LimitKey = "Api:FailedTokenAttemptsPerMinute";

    public const int DefaultLimit = 10;

    private readonly PartitionedRateLimiter<string> limiter;

    public FailedTokenAttempts(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var limit = configuration.GetValue(LimitKey, DefaultLimit);
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>Whether the address has used up its failures for this minute.</summary>
    public bool IsBlocked(string address) => limiter.GetStatistics(address)?.CurrentAvailablePermits == 0;

    /// <summary>Counts one failure.</summary>
    public void Record(string address)
    {
        using var lease = limiter.AttemptAcquire(address);
    }

    public void Dispose() => limiter.Dispose();
}
