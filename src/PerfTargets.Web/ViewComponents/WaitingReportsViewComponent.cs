using PerfTargets.Data.Reports;

namespace PerfTargets.Web.ViewComponents;

/// <summary>待审报告 on the review queue: the 运行监控 and 自评 reports waiting on the reviewer's section, and only those.</summary>
public sealed class WaitingReportsViewComponent(ReportDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(HttpContext.User.ReviewSectionId() is { } section ? await desk.WaitingOnAsync(section, HttpContext.RequestAborted) : []);
}
