using System.Threading.RateLimiting;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Counts failures (a wrong access token, a failed sign-in) per client address: past the limit in a
/// minute, that address is refused for the rest of the minute, so secrets cannot be guessed at speed.
/// Successes count nothing.
/// </summary>
public abstract class FailuresByAddress : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    protected FailuresByAddress(int limitPerMinute) =>
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limitPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>The client address a request is counted under.</summary>
    public static string AddressOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
    }

    /// <summary>Whether the address has used up its failures for this minute.</summary>
    public bool IsBlocked(string address) => limiter.GetStatistics(address)?.CurrentAvailablePermits == 0;

    /// <summary>Counts one failure.</summary>
    public void Record(string address)
    {
        using var lease = limiter.AttemptAcquire(address);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            limiter.Dispose();
        }
    }
}
