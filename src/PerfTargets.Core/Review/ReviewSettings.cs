namespace PerfTargets.Core.Review;

/// <summary>The finance office's choices about the review chain, one row per installation.</summary>
public sealed class ReviewSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public ResubmitRule ResubmitRule { get; set; }
}
