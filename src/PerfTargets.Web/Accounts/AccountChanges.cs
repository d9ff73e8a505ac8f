using System.Collections.Concurrent;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// What this process has just changed about accounts and tokens — disabled, enabled, a password
/// reset or changed, a token revoked — told by the page that made the change once it is committed,
/// so that sessions and tokens see it at their next request rather than at their next
/// <see cref="RecheckSetting.Accounts"/>. Another process does not hear of it, and sees the change within that interval.
/// </summary>
public sealed class AccountChanges(TokenPrincipals tokens, TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan interval = RecheckSetting.Accounts.Interval(configuration);

    /// <summary>When each account last changed, for as long as a session may not yet have been checked since.</summary>
    private readonly ConcurrentDictionary<int, DateTimeOffset> changed = new();

    /// <summary>The account changed: its tokens are looked up again, and its sessions checked, at their next request.</summary>
    public void Changed(int userId)
    {
        var now = clock.GetUtcNow();
        foreach (var old in changed.Where(c => now - c.Value > interval))
        {
            changed.TryRemove(old);
        }

        changed[userId] = now;
        tokens.Forget(entry => entry.UserId == userId);
    }

    /// <summary>The tokens were revoked: their next call is looked up, and refused.</summary>
    public void Revoked(IReadOnlyCollection<int> tokenIds)
    {
        ArgumentNullException.ThrowIfNull(tokenIds);
        tokens.Forget(entry => tokenIds.Contains(entry.TokenId));
    }

    /// <summary>Whether the account changed after a session's cookie was issued (a cookie without the time counts as before).</summary>
    public bool ChangedSince(int userId, DateTimeOffset? issued) =>
        changed.TryGetValue(userId, out var at) && (issued is not { } since || since < at);
}
