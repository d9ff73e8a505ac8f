using PerfTargets.Core.Review;

namespace PerfTargets.Data.Review;

/// <summary>
/// How every frozen version of a kind (a declaration's, a report's) is checked: two hundred at a time
/// in id order, so that a large history is never held in memory at once (what <c>verify-audit</c> reports).
/// </summary>
internal static class FrozenBatches
{
    private const int Size = 200;

    /// <summary>How many versions were read, and what <paramref name="alteredIn"/> found altered in each batch.</summary>
    public static async Task<FrozenCheck<TAltered>> CheckAllAsync<TVersion, TAltered>(
        IQueryable<TVersion> versions,
        Func<IReadOnlyList<TVersion>, CancellationToken, Task<IEnumerable<TAltered>>> alteredIn,
        CancellationToken cancellationToken)
        where TVersion : FrozenVersion
    {
        var altered = new List<TAltered>();
        var checkedCount = 0;
        var after = 0;
        while (true)
        {
            var batch = await versions.AsNoTracking().Where(v => v.Id > after).OrderBy(v => v.Id).Take(Size).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new FrozenCheck<TAltered>(checkedCount, altered);
            }

            checkedCount += batch.Count;
            altered.AddRange(await alteredIn(batch, cancellationToken));
            after = batch[^1].Id;
        }
    }
}
