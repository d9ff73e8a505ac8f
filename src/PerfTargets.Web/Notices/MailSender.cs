using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PerfTargets.Core.Notices;
using PerfTargets.Data.Notices;

namespace PerfTargets.Web.Notices;

/// <summary>
/// Mails the outbox's waiting notices through the configured SMTP server (MailKit), over one connection
/// per run. A server that cannot be reached leaves the batch waiting for the next run (nothing left);
/// a mail the server refuses is marked failed with its reason and not retried.
/// </summary>
public sealed partial class MailSender(MailOutbox outbox, IOptions<MailSettings> options, IConfiguration configuration, ILogger<MailSender> logger)
{
    private const int BatchSize = 200;

    /// <summary>Sends what waits; how many were sent.</summary>
    public async Task<int> SendWaitingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        var sent = 0;
        while (await outbox.ClaimAsync(BatchSize, cancellationToken) is { Count: > 0 } batch)
        {
            using var client = new SmtpClient();
            try
            {
                await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
                if (!string.IsNullOrEmpty(settings.UserName))
                {
                    await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
                }
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException)
            {
                Unreachable(logger, e, settings.Host!, settings.Port, batch.Count);
                await outbox.ReleaseAsync([.. batch.Select(m => m.NoticeId)], CancellationToken.None);
                return sent;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                var mail = batch[i];
                try
                {
                    await client.SendAsync(Message(settings, mail), cancellationToken);
                    await outbox.SentAsync(mail.NoticeId, CancellationToken.None);
                    sent++;
                }
                catch (Exception e) when (e is SmtpCommandException or ParseException or ArgumentException)
                {
                    // The server refused this one mail (or its address is not one): the rest go on.
                    NotSent(logger, e, mail.NoticeId);
                    await outbox.FailedAsync(mail.NoticeId, e.Message, CancellationToken.None);
                }
                catch (Exception e) when (e is SmtpProtocolException or IOException)
                {
                    // The connection broke while this mail was on its way: whether it arrived is unknown, the rest never left.
                    NotSent(logger, e, mail.NoticeId);
                    await outbox.FailedAsync(mail.NoticeId, e.Message, CancellationToken.None);
                    await outbox.ReleaseAsync([.. batch.Skip(i + 1).Select(m => m.NoticeId)], CancellationToken.None);
                    return sent;
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return sent;
    }

    private MimeMessage Message(MailSettings settings, OutgoingMail mail)
    {
        var site = (settings.SiteUrl ?? configuration["Verification:PublicBaseUrl"])?.TrimEnd('/');
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From!));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = $"【{mail.Kind.Label()}】{settings.FromName}";
        message.Body = new TextPart("plain")
        {
            Text = mail.Text + "\n\n" + (site is null ? $"请登录系统查看：{mail.Link}" : $"查看：{site}{mail.Link}") + "\n\n（本邮件由系统自动发送，请勿回复。）",
        };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "邮件服务器 {Host}:{Port} 无法连接，{Count} 封提醒邮件留待下次发送")]
    private static partial void Unreachable(ILogger logger, Exception exception, string host, int port, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "提醒邮件 {NoticeId} 发送失败")]
    private static partial void NotSent(ILogger logger, Exception exception, int noticeId);
}
