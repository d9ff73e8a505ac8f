using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Review;

/// <summary>
/// Hashes every frozen version's stored content again and names those that no longer match their
/// hash: what was submitted or approved, changed behind the application.
/// </summary>
public static class FrozenVersionCheck
{
    public static async Task<FrozenVersionReport> CheckAllAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var altered = new List<AlteredVersion>();
        var checkedCount = 0;
        var after = 0;
        while (true)
        {
            var batch = await db.DeclarationVersions.AsNoTracking().Where(v => v.Id > after).OrderBy(v => v.Id).Take(200).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new FrozenVersionReport(checkedCount, altered);
            }

            checkedCount += batch.Count;
            altered.AddRange(batch.Where(v => !v.Verifies()).Select(v => new AlteredVersion(v.DeclarationId, v.Number, v.ContentHash)));
            after = batch[^1].Id;
        }
    }
}

/// <summary>The versions checked, and those whose content no longer matches its hash.</summary>
public sealed record FrozenVersionReport(int Checked, IReadOnlyList<AlteredVersion> Altered)
{
    public bool Intact => Altered.Count == 0;
}

/// <summary>A frozen version found altered: 申报表 <paramref name="DeclarationId"/>, 第 <paramref name="Number"/> 版.</summary>
public sealed record AlteredVersion(int DeclarationId, int Number, string ContentHash)
{
    public override string ToString() => $"申报表（编号 {DeclarationId}）第 {Number} 版（哈希 {ContentHash}）";
}
