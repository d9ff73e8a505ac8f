using PerfTargets.Core.Accounts;

namespace PerfTargets.Core.Review;

/// <summary>
/// 审核流程: the review sections in the order a declaration passes through them (default 业务股室 →
/// 绩效管理股). A declaration waiting on a section stays there when the admin reorders the chain; it
/// then moves on to whatever follows that section in the new order. A section 停用 is skipped.
/// </summary>
public sealed class ReviewChain
{
    private readonly List<ReviewSection> sections;

    public ReviewChain(IEnumerable<ReviewSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        this.sections = [.. sections.OrderBy(s => s.Sequence).ThenBy(s => s.Id)];
    }

    /// <summary>Every section in order, 停用 ones included: the records name them all.</summary>
    public IReadOnlyList<ReviewSection> Sections => sections;

    /// <summary>No section a declaration could be sent to.</summary>
    public bool IsEmpty => First is null;

    /// <summary>The first section in use: where a submission goes.</summary>
    public ReviewSection? First => sections.Find(s => !s.IsDisabled);

    /// <summary>Any section by id, 停用 or not (for the names of what has happened).</summary>
    public ReviewSection? Find(int? sectionId) => sections.Find(s => s.Id == sectionId);

    /// <summary>A section by id if it is in use: one a declaration may be sent to.</summary>
    public ReviewSection? FindActive(int? sectionId) => Find(sectionId) is { IsDisabled: false } section ? section : null;

    /// <summary>The section in use after <paramref name="sectionId"/>; null when none follows (then comes 批复).</summary>
    public ReviewSection? After(int sectionId)
    {
        var index = sections.FindIndex(s => s.Id == sectionId);
        return index < 0 ? null : sections.Skip(index + 1).FirstOrDefault(s => !s.IsDisabled);
    }

    /// <summary>The section and every one after it: what a reviewer of that section may look at.</summary>
    public IReadOnlyList<int> FromSection(int sectionId)
    {
        var index = sections.FindIndex(s => s.Id == sectionId);
        return index < 0 ? [] : [.. sections.Skip(index).Select(s => s.Id)];
    }
}
