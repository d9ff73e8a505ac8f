using System.Collections.Concurrent;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Notices;

/// <summary>
/// How many unread 提醒 each account has, as the top bar shows it on every page: counted at most once
/// per <c>Security:AccountRecheckSeconds</c> (as the session itself is checked), so that a page needing
/// no data sends no SQL. What this process changes (new notices, notices read) is seen at the next page;
/// another process's within that interval.
/// </summary>
public sealed class UnreadNoticeCounts(TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan interval = RecheckSetting.Accounts.Interval(configuration);
    private readonly ConcurrentDictionary<int, (int Count, DateTimeOffset At)> counts = new();

    public async Task<int> GetAsync(int userId, Func<Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var now = clock.GetUtcNow();
        if (counts.TryGetValue(userId, out var known) && now - known.At < interval)
        {
            return known.Count;
        }

        var fresh = await count();
        counts[userId] = (fresh, now);
        return fresh;
    }

    /// <summary>The account read its notices.</summary>
    public void Forget(int userId) => counts.TryRemove(userId, out _);

    /// <summary>Notices were given (to accounts not named here): every count is counted again.</summary>
    public void ForgetAll() => counts.Clear();
}
