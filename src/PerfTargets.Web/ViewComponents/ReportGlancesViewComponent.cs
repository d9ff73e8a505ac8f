using PerfTargets.Data.Reports;

namespace PerfTargets.Web.ViewComponents;

/// <summary>运行监控与自评 at a glance on a declaration's page: each report's light or score, and the way to them.</summary>
public sealed class ReportGlancesViewComponent(ReportDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int declarationId, bool approved)
    {
        var glances = await desk.GlancesAsync(declarationId, HttpContext.RequestAborted);
        return glances.Count == 0 && !approved ? Content(string.Empty) : View((declarationId, glances));
    }
}
