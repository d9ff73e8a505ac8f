using PerfTargets.Core.Notices;

namespace PerfTargets.Data.Notices;

/// <summary>
/// The notices accounts hold: drafts added unless the account already holds their key, and an account's
/// own read back and marked read. Adding only tracks the new rows: the caller commits them, with an
/// audit row where the occasion is audited (催报).
/// </summary>
public sealed class NoticeBox(PerfTargetsDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Tracks a notice for each draft whose account does not yet hold its key; mail goes to accounts in
    /// <paramref name="withMail"/> when <paramref name="mailEnabled"/>. The number of notices added.
    /// </summary>
    public async Task<int> AddAsync(IReadOnlyCollection<NoticeDraft> drafts, IReadOnlySet<int> withMail, bool mailEnabled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(withMail);
        var keys = drafts.Select(d => d.Key).Distinct().ToList();
        var held = new HashSet<(int, string)>();
        foreach (var chunk in keys.Chunk(500))
        {
            held.UnionWith((await db.Notices.AsNoTracking().Where(n => chunk.Contains(n.Key)).Select(n => new { n.UserId, n.Key }).ToListAsync(cancellationToken))
                .Select(n => (n.UserId, n.Key)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var draft in drafts.Where(d => held.Add((d.UserId, d.Key))))
        {
            db.Notices.Add(draft.ToNotice(now, mailEnabled && withMail.Contains(draft.UserId)));
            added++;
        }

        return added;
    }

    public Task<int> UnreadCountAsync(int userId, CancellationToken cancellationToken = default) =>
        db.Notices.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>The account's newest notices first.</summary>
    public async Task<IReadOnlyList<Notice>> LatestAsync(int userId, int count, CancellationToken cancellationToken = default) =>
        await db.Notices.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(count).ToListAsync(cancellationToken);

    /// <summary>Marks every unread notice of the account read; how many were.</summary>
    public Task<int> MarkReadAsync(int userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notices.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
