using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Publishing;

/// <summary>公开 and 撤回公开: what refuses each, in the words the admin reads.</summary>
public static class PublishingRules
{
    /// <summary>The longest 撤回理由.</summary>
    public const int ReasonLength = 500;

    public const string NotApproved = "只有已批复的申报表可以公开。";

    public const string AlreadyPublic = "该申报表已经公开。";

    public const string NotPublic = "该申报表尚未公开，无需撤回。";

    public const string ReasonMissing = "请填写撤回公开的理由。";

    public static string ReasonTooLong { get; } = $"撤回理由不能超过 {ReasonLength} 个字符。";

    /// <summary>Why the declaration cannot be published now; null when it can.</summary>
    public static string? CheckPublish(DeclarationStatus status, Publication? existing) =>
        status != DeclarationStatus.Approved ? NotApproved
        : existing is { IsPublic: true } ? AlreadyPublic
        : null;

    /// <summary>
    /// Why <paramref name="internalFields"/> cannot be withheld: a name no 项目情况 field has. It is
    /// refused rather than ignored, since a typo would publish the very text meant to be withheld.
    /// </summary>
    public static string? InternalFieldsProblem(IEnumerable<string> internalFields)
    {
        ArgumentNullException.ThrowIfNull(internalFields);
        return internalFields.FirstOrDefault(name => NarrativeFields.All.All(f => f.Name != name)) is { } unknown
            ? $"没有名为“{unknown}”的项目情况栏目，未公开。可选：{string.Join("、", NarrativeFields.All.Select(f => $"{f.Name}（{f.Label}）"))}。"
            : null;
    }

    /// <summary>What is wrong with a 撤回理由; null when it will do.</summary>
    public static string? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? ReasonMissing
        : reason.Trim().Length > ReasonLength ? ReasonTooLong
        : TextCharacters.Problem(reason, "撤回理由");

    /// <summary>Why the publication cannot be withdrawn with <paramref name="reason"/>; null when it can.</summary>
    public static string? CheckWithdraw(Publication? existing, string? reason) =>
        existing is not { IsPublic: true } ? NotPublic : ReasonProblem(reason);
}
