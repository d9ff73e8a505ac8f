using PerfTargets.Core.Declarations;

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
            DeclarationStatus.Draft when review.ReturnedBySectionId is { } by => $"已退回（{chain.Find(by)?.Name ?? "审核科室"}）",
            DeclarationStatus.Submitted when chain.Find(review.AwaitingSectionId) is { } section => $"待{section.Name}审核",
            _ => status.Label(),
        };
    }

    /// <summary>Whether the filer has it back from a reviewer, to revise.</summary>
    public static bool IsReturned(DeclarationStatus status, ReviewPosition review) =>
        status == DeclarationStatus.Draft && review?.ReturnedBySectionId is not null;
}
