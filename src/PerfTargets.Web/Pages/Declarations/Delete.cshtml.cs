using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>删除草稿, after the user confirms; only a draft, and only the version the user saw.</summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class DeleteModel(DraftDeclarations drafts, AuditTrail audit) : PageModel
{
    public const string DeletedMessageKey = "DeletedMessage";

    public Declaration Declaration { get; private set; } = null!;

    [BindProperty]
    public Guid ConcurrencyStamp { get; set; }

    public string? Refusal { get; private set; }

    /// <summary>Whether it may be deleted at all (a draft never submitted); otherwise the page only explains.</summary>
    public bool CanDelete => WorkflowStatus.WhyNotDeletable(Declaration.Status, Declaration.Review) is null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (declaration, _) = await drafts.FindOwnAsync(HttpContext, audit, id, "删除", cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        Declaration = declaration;
        ConcurrencyStamp = declaration.ConcurrencyStamp;
        Refusal = WorkflowStatus.WhyNotDeletable(declaration.Status, declaration.Review);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var (declaration, refused) = await drafts.FindOwnAsync(HttpContext, audit, id, "删除", cancellationToken);
        if (declaration is null)
        {
            // Gone already (a second click after it was deleted): back to the list.
            return refused ? NotFound() : RedirectToPage("/Declarations/Index");
        }

        var name = declaration.ProjectName;
        switch (await drafts.DeleteAsync(id, ConcurrencyStamp, HttpContext.Actor(), cancellationToken))
        {
            case SaveOutcome.Saved:
                TempData[DeletedMessageKey] = $"已删除草稿“{name}”。";
                return RedirectToPage("/Declarations/Index");
            case SaveOutcome.ChangedByOthers:
                Refusal = "该申报表在您打开本页后已被他人修改，未删除。请查看最新内容后再决定。";
                break;
            case SaveOutcome.HasHistory:
                Refusal = "该申报表提交过，审核记录须保留，不能删除。";
                break;
            default:
                Refusal = "该申报表已提交，不能删除。";
                break;
        }

        var current = await drafts.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return RedirectToPage("/Declarations/Index");
        }

        // The user has now been told and shown the current version: confirming again deletes that one.
        Declaration = current;
        ModelState.Remove(nameof(ConcurrencyStamp));
        ConcurrencyStamp = current.ConcurrencyStamp;
        return Page();
    }
}
