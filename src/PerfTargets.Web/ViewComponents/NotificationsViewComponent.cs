using PerfTargets.Core.Review;
using PerfTargets.Data.Notices;
using PerfTargets.Web.Notices;

namespace PerfTargets.Web.ViewComponents;

/// <summary>
/// 消息提醒 in the navigation bar: a filer sees how many of the department's declarations came back
/// returned; a reviewer how many wait on their section; everyone how many 提醒 they have not read.
/// </summary>
public sealed class NotificationsViewComponent(PerfTargetsDbContext db, NoticeBox notices, UnreadNoticeCounts unreadCounts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = HttpContext.User;
        var cancellationToken = HttpContext.RequestAborted;
        var items = new List<Notice>(2);
        if (user.IsReviewer() && user.ReviewSectionId() is { } section)
        {
            var waiting = await db.Declarations.CountAsync(d => d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId == section, cancellationToken);
            items.Add(new Notice("notice", "/review", "待审", waiting, $"本科室有 {waiting} 份申报表待审"));
        }
        else if (user.IsFiler() && user.DepartmentId() is { } department)
        {
            var returned = await db.Declarations.Where(d => d.DepartmentId == department).WhereReturned().CountAsync(cancellationToken);
            items.Add(new Notice("notice", "/declarations?returned=true", "被退回", returned, $"有 {returned} 份申报表被退回，待修改后重新提交"));
        }

        if (user.UserId() is { } userId)
        {
            var unread = await unreadCounts.GetAsync(userId, () => notices.UnreadCountAsync(userId, cancellationToken));
            items.Add(new Notice("reminders", "/notices", "提醒", unread, unread > 0 ? $"有 {unread} 条未读提醒" : "没有未读提醒"));
        }

        return View(items);
    }

    public sealed record Notice(string Id, string Link, string Label, int Count, string Title);
}
