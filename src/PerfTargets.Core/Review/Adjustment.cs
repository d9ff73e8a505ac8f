namespace PerfTargets.Core.Review;

/// <summary>
/// 调整: an approved declaration reopened as a draft to change it through review again. Read from the
/// 流转记录 alone: the 开启调整 step carries the reason and names the approved version it starts from,
/// which stays approved (and verifiable) until a later version is approved through the whole chain.
/// </summary>
/// <param name="Opened">The 开启调整 step.</param>
/// <param name="BasedOnApprovedAt">When the version the adjustment starts from was finally approved (UTC).</param>
public sealed record Adjustment(DeclarationEvent Opened, DateTime BasedOnApprovedAt)
{
    public string Reason => Opened.Opinion ?? string.Empty;

    /// <summary>第 n 版: the approved version the adjustment starts from.</summary>
    public int BasedOnVersion => Opened.VersionNumber;

    /// <summary>
    /// The adjustment under way: the latest 开启调整 while the declaration is not 已批复 (a draft being
    /// changed, or its change under review). Null for a declaration never adjusted, or 已批复 again.
    /// </summary>
    /// <param name="events">The declaration's events, oldest first.</param>
    public static Adjustment? InProgress(Declarations.DeclarationStatus status, IReadOnlyList<DeclarationEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (status == Declarations.DeclarationStatus.Approved || events.LastOrDefault(e => e.Kind == DeclarationEventKind.AdjustmentOpened) is not { } opened)
        {
            return null;
        }

        return new Adjustment(opened, FinalApprovalAt(events, opened.VersionId) ?? opened.At);
    }

    /// <summary>
    /// 调整后: when an approved version was approved as the outcome of an adjustment (submitted after a
    /// 开启调整); null when it was the declaration's first approval. Asked only of approved versions.
    /// </summary>
    public static DateTime? ApprovedAdjustmentAt(IReadOnlyList<DeclarationEvent> events, int versionId)
    {
        ArgumentNullException.ThrowIfNull(events);
        var submitted = FirstSubmission(events, versionId);
        return submitted > 0 && events.Take(submitted).Any(e => e.Kind == DeclarationEventKind.AdjustmentOpened) ? FinalApprovalAt(events, versionId) : null;
    }

    /// <summary>The last approval of a version: for an approved version, the final section's.</summary>
    public static DateTime? FinalApprovalAt(IReadOnlyList<DeclarationEvent> events, int versionId)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.LastOrDefault(e => e.VersionId == versionId && e.Kind == DeclarationEventKind.Approved)?.At;
    }

    /// <summary>Where the version was first submitted in <paramref name="events"/>; -1 when it never was.</summary>
    internal static int FirstSubmission(IReadOnlyList<DeclarationEvent> events, int versionId) =>
        events.Select((e, i) => (e, i)).FirstOrDefault(x => x.e.Kind == DeclarationEventKind.Submitted && x.e.VersionId == versionId, (null!, -1)).Item2;
}
