namespace PerfTargets.Core.Review;

/// <summary>
/// 现行审核意见: which approval each section's 审核意见 box shows for the submission under review.
/// A submission goes to one section of the chain (the first, or the one that returned it); the
/// approvals of the sections before it stand from earlier rounds, those from it onwards count only
/// when given after this submission.
/// </summary>
public static class StandingApprovals
{
    /// <param name="events">The declaration's events, oldest first.</param>
    /// <param name="awaitingSectionId">The section the submission waits on now, if nobody has acted on it yet.</param>
    public static IReadOnlyDictionary<int, DeclarationEvent> For(IReadOnlyList<DeclarationEvent> events, ReviewChain chain, int? awaitingSectionId)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(chain);
        var submitted = events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.Kind == DeclarationEventKind.Submitted).i;
        if (events.Count == 0 || events[submitted].Kind != DeclarationEventKind.Submitted)
        {
            return new Dictionary<int, DeclarationEvent>();
        }

        var since = events.Skip(submitted + 1).ToList();
        var firstSection = since.FirstOrDefault(e => e.SectionId is not null)?.SectionId ?? awaitingSectionId;
        var standingBefore = firstSection is null ? [] : chain.Sections.TakeWhile(s => s.Id != firstSection).Select(s => s.Id).ToHashSet();
        var approvals = new Dictionary<int, DeclarationEvent>();
        foreach (var section in chain.Sections)
        {
            var source = standingBefore.Contains(section.Id) ? events.Take(submitted) : since;
            if (source.LastOrDefault(e => e.SectionId == section.Id && e.Kind == DeclarationEventKind.Approved) is { } approval)
            {
                approvals[section.Id] = approval;
            }
        }

        return approvals;
    }

    /// <summary>
    /// The approvals an approved declaration stands on, in the order they were given: each
    /// section's latest review step, where that step is an approval. Read from the record alone, so
    /// that a section added, reordered or 停用 after the approval changes nothing that was approved.
    /// </summary>
    /// <param name="events">The declaration's events, oldest first.</param>
    public static IReadOnlyList<DeclarationEvent> AtApproval(IReadOnlyList<DeclarationEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events
            .Select((e, order) => (Event: e, Order: order))
            .Where(x => x.Event.SectionId is not null && x.Event.Kind is DeclarationEventKind.Approved or DeclarationEventKind.Returned)
            .GroupBy(x => x.Event.SectionId)
            .Select(steps => steps.MaxBy(x => x.Order))
            .Where(x => x.Event.Kind == DeclarationEventKind.Approved)
            .OrderBy(x => x.Order)
            .Select(x => x.Event)];
    }

    /// <summary>
    /// The approvals an approved version was approved with (see <see cref="AtApproval"/>), from the steps
    /// of its own way through the chain only: after the 开启调整 that led to it, up to its final
    /// approval. So an earlier approved version keeps its own approvals after an adjustment, and an
    /// adjustment's version stands on the approvals given to the adjustment. Empty for a version never approved.
    /// </summary>
    /// <param name="events">The declaration's events, oldest first.</param>
    public static IReadOnlyList<DeclarationEvent> AtApprovalOf(IReadOnlyList<DeclarationEvent> events, int versionId)
    {
        ArgumentNullException.ThrowIfNull(events);
        var last = events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.VersionId == versionId && x.e.Kind == DeclarationEventKind.Approved, (null!, -1)).Item2;
        if (last < 0)
        {
            return [];
        }

        var submitted = Adjustment.FirstSubmission(events, versionId);
        var start = events.Select((e, i) => (e, i)).Take(Math.Max(submitted, 0)).LastOrDefault(x => x.e.Kind == DeclarationEventKind.AdjustmentOpened, (null!, -1)).Item2 + 1;
        return AtApproval([.. events.Skip(start).Take(last + 1 - start)]);
    }

    /// <summary>
    /// What an approval standing from an earlier version adds to its section's name or opinion,
    /// wherever it is shown beside a later version (the printed 审核意见, the verify page): （第1版）.
    /// </summary>
    public static string VersionNote(DeclarationEvent approval, int shownVersion)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return approval.VersionNumber == shownVersion ? string.Empty : $"（第{approval.VersionNumber}版）";
    }
}
