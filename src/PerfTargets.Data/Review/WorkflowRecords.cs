using PerfTargets.Core.Review;

namespace PerfTargets.Data.Review;

/// <summary>What a workflow step writes besides the moved declaration or report, for both alike.</summary>
internal static class WorkflowRecords
{
    /// <summary>
    /// Adds the step's records: a new version (提交) first, saved for the id its 流转记录 names, then
    /// the 流转记录 <paramref name="record"/> makes of it. The caller commits them with the audit row.
    /// </summary>
    public static async Task AddStepAsync<TVersion>(this PerfTargetsDbContext db, ReviewDecision decision, TVersion version, Func<TVersion, WorkflowEvent> record, CancellationToken cancellationToken)
        where TVersion : FrozenVersion
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(record);
        if (decision.NewVersionNumber is not null)
        {
            db.Add(version);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.Add(record(version));
    }
}
