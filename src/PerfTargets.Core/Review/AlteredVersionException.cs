namespace PerfTargets.Core.Review;

/// <summary>
/// 版本内容与其哈希不符: a frozen version's stored content no longer hashes to the hash it was frozen
/// with, so it was changed behind the application. It is never shown as what was submitted or approved.
/// </summary>
public sealed class AlteredVersionException : Exception
{
    public AlteredVersionException()
    {
    }

    public AlteredVersionException(string message)
        : base(message)
    {
    }

    public AlteredVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AlteredVersionException(DeclarationVersion version)
        : base(Describe(version))
    {
        ArgumentNullException.ThrowIfNull(version);
        DeclarationId = version.DeclarationId;
        VersionNumber = version.Number;
        ContentHash = version.ContentHash;
    }

    public int DeclarationId { get; }

    public int VersionNumber { get; }

    public string ContentHash { get; } = string.Empty;

    /// <summary>What the reader is told: which version, and that it is not shown.</summary>
    public static string Describe(DeclarationVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return $"版本内容与其哈希不符：申报表（编号 {version.DeclarationId}）第 {version.Number} 版保存的内容已不是提交时的内容（哈希 {version.ShortHash}…），"
            + "可能在数据库中被改动，不能作为已提交或已批复的版本显示。已记入审计日志，请联系系统管理员。";
    }
}
