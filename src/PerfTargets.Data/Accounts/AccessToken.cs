namespace PerfTargets.Data.Accounts;

/// <summary>
/// 个人访问令牌: lets a program act as one account through the API, with that account's roles and
/// scope. The secret is shown once when issued; the database keeps only its hash.
/// </summary>
public sealed class AccessToken
{
    public const int NameMaxLength = 64;

    /// <summary>The longest life an admin may give a token.</summary>
    public const int MaxLifetimeDays = 366;

    public int Id { get; set; }

    /// <summary>The account the token acts as.</summary>
    public int UserId { get; set; }

    /// <summary>What the token is for (预算一体化系统对接), as the admin named it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>SHA-256 of the token text (<see cref="Core.Accounts.AccessTokenSecret.Hash"/>).</summary>
    public string SecretHash { get; set; } = string.Empty;

    /// <summary>The first characters of the token, so that a list tells tokens apart without revealing them.</summary>
    public string ShownPrefix { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The admin who issued it.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>
    /// The token whose request issued this one; null when issued from a signed-in session (the only
    /// way since tokens stopped opening pages), so that revoking a leaked token finds what it minted.
    /// </summary>
    public int? IssuedThroughTokenId { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
