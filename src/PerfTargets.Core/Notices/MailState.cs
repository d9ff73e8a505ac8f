namespace PerfTargets.Core.Notices;

/// <summary>Where a notice's e-mail stands. Sent at most once: a mail whose fate is unknown is not sent again.</summary>
public enum MailState
{
    /// <summary>No mail: no mail server is configured, or the recipient has no address.</summary>
    None = 0,

    /// <summary>待发送: waits for the next run of the reminder job.</summary>
    Pending = 1,

    /// <summary>发送中: handed to the mail server by a run that has not yet said how it went.</summary>
    Sending = 2,

    /// <summary>已发送.</summary>
    Sent = 3,

    /// <summary>发送失败: refused by the server, or its fate unknown after an interrupted run; not retried.</summary>
    Failed = 4,
}

public static class MailStates
{
    public static string Label(this MailState state) => state switch
    {
        MailState.None => "不发邮件",
        MailState.Pending => "待发送",
        MailState.Sending => "发送中",
        MailState.Sent => "已发送",
        MailState.Failed => "发送失败",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
