namespace PerfTargets.Core.Review;

/// <summary>What happened to a declaration in the review workflow (流转记录).</summary>
public enum DeclarationEventKind
{
    /// <summary>提交: a version was frozen and sent to a section.</summary>
    Submitted = 0,

    /// <summary>撤回: the filer took back a submission nobody had acted on.</summary>
    Withdrawn = 1,

    /// <summary>审核通过: a section approved the version with its stamp.</summary>
    Approved = 2,

    /// <summary>退回: a section sent the version back to the filer, with its reasons.</summary>
    Returned = 3,

    /// <summary>开启调整: the filer reopened an approved declaration to change it through review again, with the reason; recorded on the approved version it starts from.</summary>
    AdjustmentOpened = 4,
}

public static class DeclarationEventKinds
{
    public static string Label(this DeclarationEventKind kind) => kind switch
    {
        DeclarationEventKind.Submitted => "提交",
        DeclarationEventKind.Withdrawn => "撤回",
        DeclarationEventKind.Approved => "审核通过",
        DeclarationEventKind.Returned => "退回修改",
        DeclarationEventKind.AdjustmentOpened => "开启调整",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
