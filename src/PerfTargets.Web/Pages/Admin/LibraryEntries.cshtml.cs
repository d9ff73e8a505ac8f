using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Library;
using PerfTargets.Sheets.Library;
using PerfTargets.Sheets.Writing;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>
/// 指标库条目: the admin browses the library (by framework, 一级, 二级, words; retired ones when
/// asked), a page at a time with each entry's uses, retires and restores entries (停用/恢复),
/// merges entries that say the same into one kept (合并) and exports the whole library (导出).
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class LibraryEntriesModel(PerfTargetsDbContext db, LibraryListing listing, LibraryEditing editing, TimeProvider clock) : PageModel
{
    public const string PageName = "/Admin/LibraryEntries";

    [BindProperty(SupportsGet = true)]
    public string? Framework { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level1 { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level2 { get; set; }

    /// <summary>The words the 三级 name must hold.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Whether retired (停用) entries are listed too.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    /// <summary>The page of the list ("page" is the route's own key).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    /// <summary>The entries ticked for 合并.</summary>
    [BindProperty]
    public List<int> Chosen { get; set; } = [];

    /// <summary>The ticked entry kept when merging.</summary>
    [BindProperty]
    public int? Keep { get; set; }

    [TempData]
    public string? Done { get; set; }

    public LibraryPage Listing { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<IndicatorFramework> Frameworks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var codes = await db.IndicatorFrameworks.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Code, cancellationToken);
        var entries = await db.LibraryEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var info = new WorkbookInfo { Title = LibraryWorkbook.Title, Creator = User.NameAndAccount(), Subject = LibraryWorkbook.Title };
        var footer = ListExport.FooterFor(User, clock.GetUtcNow().UtcDateTime);
        return new WorkbookFile("指标库.xlsx", stream => LibraryWorkbook.Export(stream, entries, id => codes[id], info, footer));
    }

    public async Task<IActionResult> OnPostRetireAsync(int id, CancellationToken cancellationToken) =>
        await SetRetiredAsync(id, true, cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        await SetRetiredAsync(id, false, cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(CancellationToken cancellationToken)
    {
        var problem = Keep is not { } kept || !Chosen.Contains(kept)
            ? "请在勾选的条目中选定保留哪一个（“保留”一列）。"
            : await editing.MergeAsync(kept, Chosen, HttpContext.Actor(), cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Keep), problem);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Done = $"已合并 {Chosen.Distinct().Count() - 1} 个条目到编号 {Keep}：它们已停用，使用次数计入保留的条目。";
        return RedirectToPage(PageName, Filter());
    }

    /// <summary>The list's filter as route values, so that a change returns to the rows it was made on.</summary>
    public object Filter(int? page = null) => new { Framework, Level1, Level2, Q, Retired, P = page ?? P };

    private async Task<IActionResult> SetRetiredAsync(int id, bool retired, CancellationToken cancellationToken)
    {
        if (!await editing.SetRetiredAsync(id, retired, HttpContext.Actor(), cancellationToken))
        {
            return NotFound();
        }

        Done = retired ? $"已停用编号 {id} 的条目：填报时不再提示它。" : $"已恢复编号 {id} 的条目。";
        return RedirectToPage(PageName, Filter());
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Frameworks = await db.IndicatorFrameworks.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        Listing = await listing.PageAsync(new LibraryQuery(Q, Framework, Level1, Level2), Retired, P, cancellationToken);
    }
}
