using System.Collections.Concurrent;
using System.Security.Claims;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// The access tokens this process has lately found good in the database, with the principal each
/// signs in as, by the SHA-256 of the token (never the token itself): a program calling the API many
/// times a minute costs the database one look-up per <see cref="RecheckSetting.Accounts"/> interval, not one
/// per call. An entry never outlives its token nor the day its account's password falls due, and
/// <see cref="AccountChanges"/> forgets it the moment this process revokes the token or changes the account.
/// </summary>
public sealed class TokenPrincipals(TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan interval = RecheckSetting.Accounts.Interval(configuration);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Counts the forgettings, so that a look-up overtaken by one keeps nothing it read before it.</summary>
    private long forgettings;

    /// <summary>What a token signed in as when it was last looked up, and until when that holds.</summary>
    public sealed record Entry(ClaimsPrincipal Principal, int TokenId, int UserId, DateTimeOffset Until);

    /// <summary>To be read before looking a token up, and handed to <see cref="Keep"/> with what was found.</summary>
    public long Turn => Interlocked.Read(ref forgettings);

    /// <summary>The token's entry while it holds, else null.</summary>
    public Entry? Find(string secretHash)
    {
        if (!entries.TryGetValue(secretHash, out var entry))
        {
            return null;
        }

        if (entry.Until > clock.GetUtcNow())
        {
            return entry;
        }

        entries.TryRemove(KeyValuePair.Create(secretHash, entry));
        return null;
    }

    /// <summary>
    /// Keeps what a look-up that began at <paramref name="turn"/> found, until the next recheck or
    /// the entry's own end if sooner, unless something was forgotten meanwhile (the look-up may have
    /// read what was just changed). Lapsed entries of other tokens go at the same time.
    /// </summary>
    public void Keep(string secretHash, Entry entry, long turn)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = clock.GetUtcNow();
        if (now + interval < entry.Until)
        {
            entry = entry with { Until = now + interval };
        }

        foreach (var lapsed in entries.Where(e => e.Value.Until <= now))
        {
            entries.TryRemove(lapsed);
        }

        if (entry.Until <= now)
        {
            return;
        }

        entries[secretHash] = entry;
        if (Turn != turn)
        {
            entries.TryRemove(KeyValuePair.Create(secretHash, entry));
        }
    }

    /// <summary>Forgets the tokens of an account, or the tokens named.</summary>
    public void Forget(Func<Entry, bool> which)
    {
        ArgumentNullException.ThrowIfNull(which);
        Interlocked.Increment(ref forgettings);
        foreach (var forgotten in entries.Where(e => which(e.Value)))
        {
            entries.TryRemove(forgotten);
        }
    }
}
