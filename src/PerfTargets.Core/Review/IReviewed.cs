namespace PerfTargets.Core.Review;

/// <summary>
/// What passes through the review chain: a declaration, or a report filed on one. The workflow's
/// checks and decisions (<see cref="ReviewWorkflow"/>) read and move only these.
/// </summary>
public interface IReviewed
{
    int Id { get; }

    /// <summary>The filing department: only its accounts file, submit and withdraw.</summary>
    int DepartmentId { get; }

    DeclarationStatus Status { get; set; }

    ReviewPosition Review { get; }

    Guid ConcurrencyStamp { get; }

    /// <summary>What the messages call it: 申报表, 报告.</summary>
    string ReviewNoun { get; }
}
