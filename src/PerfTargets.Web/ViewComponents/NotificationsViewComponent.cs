using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data;
using PerfTargets.Web.Accounts;

namespace PerfTargets.Web.ViewComponents;

/// <summary>
/// 消息提醒 in the navigation bar: a filer sees how many of the department's declarations came back
/// returned; a reviewer how many wait on their section.
/// </summary>
public sealed class NotificationsViewComponent(PerfTargetsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = HttpContext.User;
        if (user.IsReviewer() && user.ReviewSectionId() is { } section)
        {
            var waiting = await db.Declarations.CountAsync(d => d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId == section, HttpContext.RequestAborted);
            return View(new Notice("/review", "待审", waiting, $"本科室有 {waiting} 份申报表待审"));
        }

        if (user.IsFiler() && user.DepartmentId() is { } department)
        {
            var returned = await db.Declarations.Where(d => d.DepartmentId == department).WhereReturned().CountAsync(HttpContext.RequestAborted);
            return View(new Notice("/declarations?returned=true", "被退回", returned, $"有 {returned} 份申报表被退回，待修改后重新提交"));
        }

        return Content(string.Empty);
    }

    public sealed record Notice(string Link, string Label, int Count, string Title);
}
