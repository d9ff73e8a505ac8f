namespace PerfTargets.Core.Review;

/// <summary>
/// Size limits of what reviewers write besides their opinion, defined once and used by the
/// decision, the database mapping and the pages alike.
/// </summary>
public static class ReviewLimits
{
    /// <summary>例外说明: why a finding is accepted; a few sentences, not a second opinion.</summary>
    public const int ExceptionNote = 500;

    /// <summary>调整原因: why an approved declaration is reopened; a few sentences, like a 例外说明.</summary>
    public const int AdjustmentReason = 500;

    /// <summary>A rule's code (R01 … R16 and those to come).</summary>
    public const int RuleCode = 16;

    /// <summary>A problem's path ("indicators[12].annual", "budgetLines[499].amount").</summary>
    public const int ProblemPath = 200;

    /// <summary>A problem's message as it read when accepted; longer messages are kept to this length.</summary>
    public const int ProblemMessage = 1_000;

    /// <summary>A section's name and a user's shown name, as the 流转记录 keeps them.</summary>
    public const int ActingFor = 200;

    public const int UserName = 256;
}
