namespace PerfTargets.Core.Review;

/// <summary>Where a declaration stands, in the words its lists and pages show: 草稿, 已退回（绩效管理股）, 待业务股室审核, 已批复.</summary>
public static class WorkflowStatus
{
    public static string Describe(DeclarationStatus status, ReviewPosition review, ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(chain);
        return status switch
        {
            DeclarationStatus.Draft when ReturnedDrafts.IsReturned(status, review) => $"已退回（{chain.Find(review.ReturnedBySectionId)?.Name ?? "审核科室"}）",
            DeclarationStatus.Submitted when chain.Find(review.AwaitingSectionId) is { } section => $"待{section.Name}审核",
            _ => status.Label(),
        };
    }

    /// <summary>
    /// Why the filer may not delete it (删除草稿), in the words the pages show; null for a draft never
    /// submitted, the only kind that may go: a submitted one's versions and history are records.
    /// </summary>
    public static string? WhyNotDeletable(DeclarationStatus status, ReviewPosition review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return status != DeclarationStatus.Draft ? $"该申报表当前为“{status.Label()}”，不能删除。"
            : review.VersionCount > 0 ? "该申报表提交过，审核记录须保留，不能删除。"
            : null;
    }

    /// <summary>
    /// Why the filer may not edit it, in the words the pages show; null for a draft. Says what the
    /// filer can do instead.
    /// </summary>
    public static string? WhyNotEditable(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Draft => null,
        DeclarationStatus.Submitted => $"该申报表当前为“{status.Label()}”，不能再修改。审核人尚未处理时，可在申报表页面撤回后修改；否则请等待审核人退回。",
        _ => $"该申报表当前为“{status.Label()}”，不能再修改。如需调整本年度的内容，请在申报表页面开启调整（须填写调整原因）；下一年度的项目请复制为新年度。",
    };
}
