using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Web.Pages.Rules;

/// <summary>
/// 二级指标填写说明: every 二级's guidance, the same for every declaration. A page of its own for a reader
/// (the editor links here), and its list alone (<see cref="OnGetEntries"/>) for the editor's panel, which
/// fetches it once and lets the browser keep it, instead of every editor page carrying the whole list.
/// </summary>
public sealed class Level2Model : PageModel
{
    public const string PageName = "/Rules/Level2";

    public const string EntriesHandler = "Entries";

    /// <summary>The list is compiled in: it changes only with a new version of the application.</summary>
    private const string EntriesCacheControl = "private, max-age=86400";

    public IReadOnlyList<Level2Guidance> Guides => Level2Guides.All;

    public void OnGet()
    {
    }

    public PartialViewResult OnGetEntries()
    {
        Response.Headers.CacheControl = EntriesCacheControl;
        return Partial("_Level2GuideList", Guides);
    }
}
