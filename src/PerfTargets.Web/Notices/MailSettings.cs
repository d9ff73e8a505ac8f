using MailKit.Security;

namespace PerfTargets.Web.Notices;

/// <summary>
/// The SMTP server reminders are mailed through (configuration section Mail). Without <see cref="Host"/>
/// nothing is mailed: notices still show in the top bar.
/// </summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>发件人 address, e.g. jxmb@czj.example.gov.cn.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "绩效目标申报系统";

    /// <summary>The site's address mails link to; Verification:PublicBaseUrl when not set.</summary>
    public string? SiteUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
