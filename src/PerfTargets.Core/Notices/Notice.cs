namespace PerfTargets.Core.Notices;

/// <summary>
/// 提醒: one message to one account — shown in the top bar until read, and mailed when a mail server is
/// configured and the account has an address. <see cref="Key"/> names the occasion (a returned version,
/// a deadline, a 催报), and an account holds one notice per key: a sweep that runs again, or a process
/// that restarts, adds nothing twice.
/// </summary>
public sealed class Notice
{
    public const int KeyMaxLength = 100;

    public const int TextMaxLength = 500;

    public const int LinkMaxLength = 200;

    public int Id { get; set; }

    public int UserId { get; set; }

    public NoticeKind Kind { get; set; }

    public string Key { get; set; } = string.Empty;

    /// <summary>What the account is told, one or two sentences.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Where to act on it, a path within the site.</summary>
    public string Link { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When the account opened its notices after this arrived (UTC); null while unread.</summary>
    public DateTime? ReadAt { get; set; }

    public MailState Mail { get; set; }

    /// <summary>When the mail was handed to the server or refused (UTC).</summary>
    public DateTime? MailedAt { get; set; }

    /// <summary>Why the mail failed, as the server or the run said it.</summary>
    public string? MailError { get; set; }
}
