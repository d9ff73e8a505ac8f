using PerfTargets.Core.Accounts;

namespace PerfTargets.Core.Review;

/// <summary>
/// Whether a review section can act on what is sent to it: an account of the section that is not
/// 停用 (审核人) and a seal to stamp with (印章). Nothing is sent to a section that lacks either, so no
/// declaration waits where nobody can review it.
/// </summary>
public sealed record SectionReadiness(ReviewSection Section, bool HasReviewer, bool HasSeal)
{
    public bool Ready => HasReviewer && HasSeal;

    /// <summary>What the section lacks, as a message names it: 审核人, 印章, or 审核人和印章; empty when ready.</summary>
    public string Missing => (HasReviewer, HasSeal) switch
    {
        (false, false) => "审核人和印章",
        (false, true) => "审核人",
        (true, false) => "印章",
        _ => string.Empty,
    };
}
