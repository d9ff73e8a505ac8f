using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Library;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>新增/修改指标库条目: every field of one entry; the validator's messages stand at their fields and nothing is saved until there is none.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class LibraryEntryEditModel(PerfTargetsDbContext db, LibraryEditing editing) : PageModel
{
    /// <summary>The entry as the form holds it; id 0 for a new one.</summary>
    [BindProperty]
    public LibraryEntry Input { get; set; } = new() { Source = LibraryEntry.LocalSource };

    public IReadOnlyList<IndicatorFramework> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (id is { } existing)
        {
            var entry = await db.LibraryEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == existing, cancellationToken);
            if (entry is null)
            {
                return NotFound();
            }

            Input = entry;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Input.Id = id ?? 0;
        // A blank text is the validator's to judge, in its words: the binder would call every text of
        // the entity required (适用行业 too) and name it in English. A value it could not read stays.
        foreach (var blank in ModelState.Where(e => string.IsNullOrEmpty(e.Value?.AttemptedValue)).Select(e => e.Key).ToList())
        {
            ModelState.Remove(blank);
        }

        if (ModelState.IsValid)
        {
            var failures = await editing.SaveAsync(Input, HttpContext.Actor(), cancellationToken);
            if (failures is null)
            {
                return NotFound();
            }

            foreach (var failure in failures)
            {
                ModelState.AddModelError($"{nameof(Input)}.{failure.PropertyName}", failure.ErrorMessage);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData[nameof(LibraryEntriesModel.Done)] = $"已保存条目“{Input.Name}”（编号 {Input.Id}）。";
        return RedirectToPage(LibraryEntriesModel.PageName, new { Q = Input.Name, Retired = true });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Frameworks = await db.IndicatorFrameworks.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
}
