using PerfTargets.Core.Auditing;
using PerfTargets.Core.Library;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Library;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>指标库: whether approved indicators are suggested across departments, and how much each entry is used.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class LibraryModel(PerfTargetsDbContext db, AuditedChanges audited) : PageModel
{
    public const int ListedUsage = 30;

    public bool ShareHistory { get; private set; }

    public int Entries { get; private set; }

    public IReadOnlyList<EntryUsage> Usage { get; private set; } = [];

    [BindProperty]
    public bool Share { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ShareHistory = (await db.LoadLibrarySettingsAsync(cancellationToken)).ShareHistory;
        // An entry stands once in each framework that has a place for it: counted by name, as filers see it.
        Entries = await db.LibraryEntries.Where(e => !e.Retired).Select(e => e.Name).Distinct().CountAsync(cancellationToken);
        Usage = await LibraryUsage.CountAsync(db, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var said = Share ? "各单位已批复的三级指标向所有单位提示" : "已批复的三级指标只向本单位提示";
        await audited.CommitAsync(new AuditNote(AuditAction.SettingsChanged, HttpContext.Actor(), Detail: $"指标库：{said}"),
            token => SetShareAsync(Share, token), cancellationToken);
        Done = $"已设置：{said}。";
        return RedirectToPage();
    }

    /// <summary>Read inside the audit turn, so two admins saving at once do not both add the settings row.</summary>
    private async Task SetShareAsync(bool share, CancellationToken cancellationToken)
    {
        var settings = await db.LibrarySettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.LibrarySettings.Add(new LibrarySettings { ShareHistory = share });
        }
        else
        {
            settings.ShareHistory = share;
        }
    }
}
