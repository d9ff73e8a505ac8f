using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Data.Accounts;

/// <summary>
/// Issuing, listing, revoking and checking personal access tokens. Issuing and revoking are
/// recorded in the audit trail together with the change.
/// </summary>
public sealed class AccessTokens(PerfTargetsDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>How often the last-used time is written: a busy program would otherwise write on every call.</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    /// <summary>Every token of every account, newest first, with the account's user name.</summary>
    public async Task<IReadOnlyList<(AccessToken Token, string UserName)>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<AccessToken>().AsNoTracking()
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, u.UserName })
            .OrderByDescending(r => r.Token.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Token, r.UserName ?? string.Empty)).ToList();
    }

    /// <summary>Issues a token to an account; the returned text is the only time anyone sees the secret.</summary>
    public async Task<(AccessToken Token, string Secret)> IssueAsync(PerfTargetsUser user, string name, int lifetimeDays, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentOutOfRangeException.ThrowIfLessThan(lifetimeDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetimeDays, AccessToken.MaxLifetimeDays);
        var secret = AccessTokenSecret.Create();
        var now = clock.GetUtcNow();
        var token = new AccessToken
        {
            UserId = user.Id,
            Name = name.Trim(),
            SecretHash = AccessTokenSecret.Hash(secret),
            ShownPrefix = secret[..AccessTokenSecret.ShownLength],
            CreatedAt = now,
            CreatedBy = actor.UserName,
            ExpiresAt = now.AddDays(lifetimeDays),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.AddAsync(AuditAction.AccountChanged, actor, detail: $"为 {user.UserName} 签发访问令牌“{token.Name}”（{token.ShownPrefix}…，{lifetimeDays} 天）", cancellationToken: cancellationToken);
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>Revokes a token at once; false if there is no such token or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(int tokenId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var token = await db.Set<AccessToken>().SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        var userName = await db.Users.Where(u => u.Id == token.UserId).Select(u => u.UserName).SingleAsync(cancellationToken);
        await audit.AddAsync(AuditAction.AccountChanged, actor, detail: $"吊销 {userName} 的访问令牌“{token.Name}”（{token.ShownPrefix}…）", cancellationToken: cancellationToken);
        token.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The account a presented token acts as: null unless the token exists, is neither revoked nor
    /// expired, and its account is not disabled. Notes the time of use.
    /// </summary>
    public async Task<PerfTargetsUser?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!AccessTokenSecret.LooksLikeToken(presented))
        {
            return null;
        }

        var hash = AccessTokenSecret.Hash(presented);
        var token = await db.Set<AccessToken>().AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActiveAt(now))
        {
            return null;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        if (token.LastUsedAt is not { } last || now - last >= LastUsedPrecision)
        {
            await db.Set<AccessToken>().Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return user;
    }
}
