using System.Collections.Concurrent;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// When each access token was last used, noted in memory on every call and written to the database
/// at most once a minute per token (<see cref="TokenLastUseWriter"/>), and before the 访问令牌 page
/// reads it: a busy program's calls cost no write each.
/// </summary>
public sealed class TokenLastUses
{
    /// <summary>How often noted uses are written.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, DateTimeOffset> pending = new();

    /// <summary>Notes a use, to be written at the next flush.</summary>
    public void Note(int tokenId, DateTimeOffset usedAt) =>
        pending.AddOrUpdate(tokenId, usedAt, (_, noted) => usedAt > noted ? usedAt : noted);

    /// <summary>Writes the uses noted since the last flush; what cannot be written is kept for the next.</summary>
    public async Task FlushAsync(AccessTokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var taken = new List<(int TokenId, DateTimeOffset UsedAt)>();
        foreach (var use in pending)
        {
            if (pending.TryRemove(use))
            {
                taken.Add((use.Key, use.Value));
            }
        }

        if (taken.Count == 0)
        {
            return;
        }

        try
        {
            await tokens.RecordLastUsesAsync(taken, cancellationToken);
        }
        catch
        {
            taken.ForEach(use => Note(use.TokenId, use.UsedAt));
            throw;
        }
    }
}
