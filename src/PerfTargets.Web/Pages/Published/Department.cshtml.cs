using PerfTargets.Data.Publishing;

namespace PerfTargets.Web.Pages.Published;

/// <summary>公开 (no sign-in): one department's published declarations of one year; withdrawn ones say when, and nothing more.</summary>
[AllowAnonymous]
public sealed class DepartmentModel(PublicListings listings) : PageModel
{
    public int Year { get; private set; }

    public string DepartmentCode { get; private set; } = string.Empty;

    public string DepartmentName { get; private set; } = string.Empty;

    public IReadOnlyList<PublicEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, string code, CancellationToken cancellationToken)
    {
        if (await listings.ListAsync(year, code, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        (Year, DepartmentCode, DepartmentName, Entries) = (year, code, list.DepartmentName, list.Entries);
        return Page();
    }
}
