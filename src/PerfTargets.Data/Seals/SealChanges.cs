using System.Security.Cryptography;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Data.Seals;

/// <summary>Puts a new seal in use for a department or section: a new row (the old one stays for the records that bear it) and its audit row, together.</summary>
public sealed class SealChanges(PerfTargetsDbContext db, AuditedChanges audited, TimeProvider clock)
{
    public async Task<Seal> AddAsync(SealOwner owner, int ownerId, string ownerName, byte[] png, int width, int height, bool generated, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(actor);
        var seal = new Seal
        {
            Owner = owner,
            OwnerId = ownerId,
            Png = png,
            Width = width,
            Height = height,
            Generated = generated,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(png)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.UserName,
        };
        var note = new AuditNote(AuditAction.SealChanged, actor, Detail: $"{ownerName}：{(generated ? "生成标准印章" : "上传印章图片")}（{width}×{height}，SHA-256 {seal.Sha256[..12]}）");
        db.Seals.Add(seal);
        await audited.CommitAsync(note, cancellationToken);
        return seal;
    }
}
