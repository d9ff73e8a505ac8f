namespace PerfTargets.Core.Notices;

/// <summary>What a 提醒 is about.</summary>
public enum NoticeKind
{
    /// <summary>截止提醒: the round closes in a few days and the department still owes declarations.</summary>
    DeadlineNear = 0,

    /// <summary>退回提醒: a section sent one of the department's declarations back.</summary>
    Returned = 1,

    /// <summary>批复提醒: one of the department's declarations passed its last section.</summary>
    Approved = 2,

    /// <summary>待审提醒: a declaration has waited on the reviewer's section for days.</summary>
    QueueWaiting = 3,

    /// <summary>催报: the finance office reminded the department of what it owes.</summary>
    Urged = 4,
}

public static class NoticeKinds
{
    public static string Label(this NoticeKind kind) => kind switch
    {
        NoticeKind.DeadlineNear => "截止提醒",
        NoticeKind.Returned => "退回",
        NoticeKind.Approved => "已批复",
        NoticeKind.QueueWaiting => "待审提醒",
        NoticeKind.Urged => "催报",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
