namespace PerfTargets.Web.Pages;

/// <summary>The home page is the list of declarations.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Declarations/Index");
}
