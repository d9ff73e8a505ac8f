using PerfTargets.Core.Notices;
using PerfTargets.Data.Notices;
using PerfTargets.Web.Notices;

namespace PerfTargets.Web.Pages.Notices;

/// <summary>
/// 我的提醒: the signed-in account's notices, newest first, those unread since the last visit marked;
/// opening the page reads them. Nobody sees another account's notices.
/// </summary>
[Authorize]
public sealed class IndexModel(NoticeBox notices, UnreadNoticeCounts unreadCounts) : PageModel
{
    /// <summary>How many of the newest notices the page shows.</summary>
    public const int Shown = 100;

    public IReadOnlyList<Notice> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.UserId() is not { } userId)
        {
            return;
        }

        Notices = await notices.LatestAsync(userId, Shown, cancellationToken);
        await notices.MarkReadAsync(userId, cancellationToken);
        unreadCounts.Forget(userId);
    }
}
