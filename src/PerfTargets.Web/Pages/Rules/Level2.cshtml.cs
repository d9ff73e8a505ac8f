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

    private const string EntriesCacheControl = "private, max-age=31536000, immutable";

    /// <summary>
    /// The list is compiled in (its text in Core, its markup here), so the two builds name its version: a
    /// link with it may be kept by the browser for as long as it likes, and an upgrade's list comes under a new link.
    /// </summary>
    public static string EntriesVersion { get; } = BuildOf(typeof(Level2Guides)) + BuildOf(typeof(Level2Model));

    public IReadOnlyList<Level2Guidance> Guides => Level2Guides.All;

    public void OnGet()
    {
    }

    public PartialViewResult OnGetEntries()
    {
        Response.Headers.CacheControl = EntriesCacheControl;
        return Partial("_Level2GuideList", Guides);
    }

    private static string BuildOf(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
}
