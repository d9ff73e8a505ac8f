using PerfTargets.Core.Accounts;

namespace PerfTargets.Core.Review;

/// <summary>
/// 审核流程: the review sections in the order a declaration passes through them (default 业务股室 →
/// 绩效管理股). A declaration waiting on a section stays there when the admin reorders the chain; it
/// then moves on to whatever follows that section in the new order.
/// </summary>
public sealed class ReviewChain
{
    private readonly List<ReviewSection> sections;

    public ReviewChain(IEnumerable<ReviewSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        this.sections = [.. sections.OrderBy(s => s.Sequence).ThenBy(s => s.Id)];
    }

    public IReadOnlyList<ReviewSection> Sections => sections;

    public bool IsEmpty => sections.Count == 0;

    public ReviewSection? First => sections.FirstOrDefault();

    public ReviewSection? Find(int? sectionId) => sections.Find(s => s.Id == sectionId);

    /// <summary>The section after <paramref name="sectionId"/>; null when it is the last (then comes 批复).</summary>
    public ReviewSection? After(int sectionId)
    {
        var index = sections.FindIndex(s => s.Id == sectionId);
        return index >= 0 && index + 1 < sections.Count ? sections[index + 1] : null;
    }

    /// <summary>The section and every one after it: what a reviewer of that section may look at.</summary>
    public IReadOnlyList<int> FromSection(int sectionId)
    {
        var index = sections.FindIndex(s => s.Id == sectionId);
        return index < 0 ? [] : [.. sections.Skip(index).Select(s => s.Id)];
    }
}
