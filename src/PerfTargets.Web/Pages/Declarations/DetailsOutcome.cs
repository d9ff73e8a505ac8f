namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// An action on a declaration that returns to the declaration's page and says there, over the
/// redirect, what it did or why it was not done (<see cref="DetailsModel.Done"/>, <see cref="DetailsModel.Refusal"/>).
/// </summary>
public static class DetailsOutcome
{
    public static RedirectToPageResult ToDetails(this PageModel page, int id, string? done, string? refusal)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (done is not null)
        {
            page.TempData[nameof(DetailsModel.Done)] = done;
        }

        if (refusal is not null)
        {
            page.TempData[nameof(DetailsModel.Refusal)] = refusal;
        }

        return page.RedirectToPage("/Declarations/Details", new { id });
    }
}
