namespace PerfTargets.Core.Auditing;

/// <summary>What an audit row records (操作类型).</summary>
public enum AuditAction
{
    SignedIn,
    SignInFailed,
    SignedOut,
    Created,
    Saved,
    Deleted,
    Submitted,
    Withdrawn,
    Approved,
    Returned,
    SealChanged,
    AccountChanged,
    SettingsChanged,

    /// <summary>An attempt at something the user may not do (another department's declaration, another section's step).</summary>
    Refused,

    /// <summary>
    /// An action on a state that has since changed (a colleague acted first, a second tab, a double
    /// click, a late 撤回, an old version): refused, but no intrusion.
    /// </summary>
    NotPerformed,

    /// <summary>A frozen version whose content no longer matches its hash was asked for, and refused (版本内容被改动).</summary>
    VersionAltered,

    /// <summary>A signed checkpoint of the chain's head was written outside the database on demand.</summary>
    CheckpointWritten,

    /// <summary>A reviewer accepted a finding of the validation rules with a note (接受例外说明).</summary>
    ExceptionAccepted,

    /// <summary>A reviewer withdrew an acceptance (撤回例外说明).</summary>
    ExceptionWithdrawn,

    /// <summary>The admin opened or changed a 申报批次 (its dates, its departments).</summary>
    RoundChanged,

    /// <summary>The admin extended a round's deadline for one department (延期), or took the extension back.</summary>
    DeadlineExtended,

    /// <summary>The finance office reminded departments of a round of what they owe (催报).</summary>
    DepartmentsUrged,

    /// <summary>An approved declaration's version was made public (公开).</summary>
    Published,

    /// <summary>A publication was withdrawn (撤回公开), with its reason.</summary>
    PublicationWithdrawn,

    /// <summary>The filer opened an adjustment of an approved declaration (开启调整), with its reason.</summary>
    AdjustmentOpened,

    /// <summary>A 运行监控 or 自评 report was opened on an approved declaration.</summary>
    ReportOpened,

    /// <summary>A report draft was saved.</summary>
    ReportSaved,

    /// <summary>A report was submitted; the row carries its frozen version's hash.</summary>
    ReportSubmitted,

    /// <summary>A section approved a report, with its seal.</summary>
    ReportApproved,

    /// <summary>A section returned a report, with its opinion.</summary>
    ReportReturned,

    /// <summary>The admin added or edited an indicator library entry (保存指标库条目).</summary>
    LibraryEntrySaved,

    /// <summary>The admin retired a library entry (停用): no longer suggested.</summary>
    LibraryEntryRetired,

    /// <summary>The admin restored a retired library entry (恢复).</summary>
    LibraryEntryRestored,

    /// <summary>The admin merged library entries that say the same into one kept (合并).</summary>
    LibraryEntriesMerged,

    /// <summary>The admin imported a workbook of library entries (导入指标库).</summary>
    LibraryImported,
}

public static class AuditActions
{
    public static string Label(this AuditAction action) => action switch
    {
        AuditAction.SignedIn => "登录",
        AuditAction.SignInFailed => "登录失败",
        AuditAction.SignedOut => "退出",
        AuditAction.Created => "新建",
        AuditAction.Saved => "保存",
        AuditAction.Deleted => "删除",
        AuditAction.Submitted => "提交",
        AuditAction.Withdrawn => "撤回",
        AuditAction.Approved => "审核通过",
        AuditAction.Returned => "退回",
        AuditAction.SealChanged => "印章变更",
        AuditAction.AccountChanged => "账号变更",
        AuditAction.SettingsChanged => "设置变更",
        AuditAction.Refused => "越权被拒",
        AuditAction.NotPerformed => "操作未执行（状态已变）",
        AuditAction.VersionAltered => "版本内容被改动",
        AuditAction.CheckpointWritten => "写入审计检查点",
        AuditAction.ExceptionAccepted => "接受例外说明",
        AuditAction.ExceptionWithdrawn => "撤回例外说明",
        AuditAction.RoundChanged => "申报批次变更",
        AuditAction.DeadlineExtended => "延期",
        AuditAction.DepartmentsUrged => "催报",
        AuditAction.Published => "公开",
        AuditAction.PublicationWithdrawn => "撤回公开",
        AuditAction.AdjustmentOpened => "开启调整",
        AuditAction.ReportOpened => "新建报告",
        AuditAction.ReportSaved => "保存报告",
        AuditAction.ReportSubmitted => "提交报告",
        AuditAction.ReportApproved => "报告审核通过",
        AuditAction.ReportReturned => "退回报告",
        AuditAction.LibraryEntrySaved => "保存指标库条目",
        AuditAction.LibraryEntryRetired => "停用指标库条目",
        AuditAction.LibraryEntryRestored => "恢复指标库条目",
        AuditAction.LibraryEntriesMerged => "合并指标库条目",
        AuditAction.LibraryImported => "导入指标库",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
