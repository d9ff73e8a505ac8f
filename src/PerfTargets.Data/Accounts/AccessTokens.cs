using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Data.Accounts;

/// <summary>
/// Issuing, listing, revoking and checking personal access tokens. Issuing and revoking are
/// recorded in the audit trail together with the change.
/// </summary>
public sealed class AccessTokens(PerfTargetsDbContext db, AuditedChanges audited, TimeProvider clock)
{
    /// <summary>Every token of every account, newest first, with the account's user name.</summary>
    public async Task<IReadOnlyList<(AccessToken Token, string UserName)>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<AccessToken>().AsNoTracking()
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, u.UserName })
            .OrderByDescending(r => r.Token.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Token, r.UserName ?? string.Empty)).ToList();
    }

    /// <summary>
    /// Issues a token to an account; the returned text is the only time anyone sees the secret.
    /// <paramref name="issuedThroughTokenId"/> is the token the issuing request came with, if any.
    /// </summary>
    public async Task<(AccessToken Token, string Secret)> IssueAsync(PerfTargetsUser user, string name, int lifetimeDays, AuditActor actor, int? issuedThroughTokenId = null, CancellationToken cancellationToken = default)
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
            IssuedThroughTokenId = issuedThroughTokenId,
        };
        db.Add(token);
        await audited.CommitAsync(new AuditNote(AuditAction.AccountChanged, actor, Detail: $"为 {user.UserName} 签发访问令牌“{token.Name}”（{token.ShownPrefix}…，{lifetimeDays} 天）"), cancellationToken);
        return (token, secret);
    }

    /// <summary>
    /// Revokes a token at once, and with it every token issued through it (and through those, and so
    /// on): a leaked token may have minted others. Null if there is no such token or it was revoked
    /// already; otherwise what it issued, with each one's account, as it was before this revocation.
    /// </summary>
    public async Task<IReadOnlyList<IssuedToken>?> RevokeAsync(int tokenId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<IssuedToken>? result = null;
        await audited.CommitAsync(
            async token =>
            {
                var revocation = await RevokeInTurnAsync(tokenId, actor, token);
                result = revocation?.Issued;
                return revocation?.Notes ?? [];
            },
            cancellationToken);
        return result;
    }

    /// <summary>Marks the token and what it issued revoked, inside the audit turn; null when there is nothing to revoke.</summary>
    private async Task<(IReadOnlyList<IssuedToken> Issued, IReadOnlyList<AuditNote> Notes)?> RevokeInTurnAsync(int tokenId, AuditActor actor, CancellationToken cancellationToken)
    {
        var token = await db.Set<AccessToken>().SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return null;
        }

        var minted = await db.Set<AccessToken>().Where(t => t.IssuedThroughTokenId != null).ToListAsync(cancellationToken);
        var issued = new List<AccessToken>();
        for (var parents = new HashSet<int> { token.Id }; parents.Count > 0;)
        {
            var children = minted.Where(t => parents.Contains(t.IssuedThroughTokenId!.Value) && !issued.Contains(t)).ToList();
            issued.AddRange(children);
            parents = [.. children.Select(t => t.Id)];
        }

        var ids = issued.Select(t => t.UserId).Append(token.UserId).ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? string.Empty, cancellationToken);
        var result = issued.Select(t => new IssuedToken(t.Id, names[t.UserId], t.Name, t.ShownPrefix, t.RevokedAt is not null)).ToList();
        var now = clock.GetUtcNow();
        var notes = new List<AuditNote>();
        foreach (var revoked in issued.Where(t => t.RevokedAt is null).Prepend(token))
        {
            var through = revoked == token ? string.Empty : "（经被吊销的令牌签发，一并吊销）";
            notes.Add(new AuditNote(AuditAction.AccountChanged, actor, Detail: $"吊销 {names[revoked.UserId]} 的访问令牌“{revoked.Name}”（{revoked.ShownPrefix}…）{through}"));
            revoked.RevokedAt = now;
        }

        return (result, notes);
    }

    /// <summary>
    /// Marks every working token of the account revoked, for the caller's transaction and save (a
    /// password reset, whose audit row names them). Returns them.
    /// </summary>
    public async Task<IReadOnlyList<AccessToken>> RevokeAllOfAsync(int userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var working = (await db.Set<AccessToken>().Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken))
            .Where(t => t.IsActiveAt(now)).ToList();
        working.ForEach(t => t.RevokedAt = now);
        return working;
    }

    /// <summary>
    /// The account a presented token acts as, and the token: null unless the token exists, is
    /// neither revoked nor expired, and its account is not disabled. Only reads: the time of use is
    /// the caller's to note (<see cref="RecordLastUsesAsync"/>).
    /// </summary>
    public async Task<(PerfTargetsUser User, AccessToken Token)?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!AccessTokenSecret.LooksLikeToken(presented))
        {
            return null;
        }

        var hash = AccessTokenSecret.Hash(presented);
        var token = await db.Set<AccessToken>().AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token is null || !token.IsActiveAt(clock.GetUtcNow()))
        {
            return null;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        return user is null || user.IsDisabled ? null : (user, token);
    }

    /// <summary>Writes when tokens were last used: one statement per token.</summary>
    public async Task RecordLastUsesAsync(IEnumerable<(int TokenId, DateTimeOffset UsedAt)> uses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uses);
        foreach (var (tokenId, usedAt) in uses)
        {
            await db.Set<AccessToken>().Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, usedAt), cancellationToken);
        }
    }
}

/// <summary>A token that another one issued, as revoking the issuer reports it.</summary>
public sealed record IssuedToken(int TokenId, string UserName, string Name, string ShownPrefix, bool WasRevokedAlready);
