using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Queries;
using PerfTargets.Web.Accounts;
using PerfTargets.Web.Editing;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 编辑申报表: every section of a draft on one page. A save writes the whole form; what cannot
/// be read or stored is shown at its field and nothing is written; the rules' problems are shown
/// after each save. Two people saving the same version: the second is refused, not merged.
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class EditModel(PerfTargetsDbContext db, DraftDeclarations drafts, AuditTrail audit) : PageModel
{
    public const string SavedMessageKey = "SavedMessage";

    [BindProperty]
    public DeclarationForm Input { get; set; } = new();

    public int Id { get; private set; }

    public string ProjectName { get; private set; } = string.Empty;

    public EditorChoices Choices { get; private set; } = null!;

    public IndicatorFramework Framework { get; private set; } = null!;

    /// <summary>The rules' problems with the declaration as saved (or as posted, when it could not be).</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    /// <summary>Set when someone else saved the declaration after this form was loaded.</summary>
    public DateTimeOffset? ChangedByOthersAt { get; private set; }

    [TempData(Key = SavedMessageKey)]
    public string? SavedMessage { get; set; }

    /// <summary>Why the declaration can no longer be edited (submitted since the form was loaded): the only message then shown.</summary>
    public string? Locked { get; private set; }

    /// <summary>Whether 删除草稿 is offered: a draft never submitted.</summary>
    public bool CanDelete { get; private set; }

    /// <summary>The return being worked on, and what to do next, shown at the top while the draft is 已退回.</summary>
    public (DeclarationEvent Return, string? Advice)? Returned { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (declaration, _) = await drafts.FindOwnAsync(HttpContext, audit, id, "编辑", cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        if (WorkflowStatus.WhyNotEditable(declaration.Status) is { } locked)
        {
            TempData[nameof(DetailsModel.Refusal)] = locked; // said on the page it lands on
            return RedirectToPage("/Declarations/Details", new { id });
        }

        Input = DeclarationForm.From(declaration);
        await ShowAsync(declaration, declaration.ProjectName, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Input.DropRowsNotPosted();
        var (declaration, _) = await drafts.FindOwnAsync(HttpContext, audit, id, "编辑", cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        if (WorkflowStatus.WhyNotEditable(declaration.Status) is { } locked)
        {
            // Whatever the form holds, it cannot be saved: only that is said, the input kept.
            return await LockedAsync(declaration, locked, cancellationToken);
        }

        var storedName = declaration.ProjectName; // the form may rename it; the heading shows the saved name
        Choices = (await EditorChoices.LoadAsync(db, cancellationToken)).ForDepartment(User.DepartmentId());
        foreach (var (field, message) in Input.ApplyTo(declaration))
        {
            ModelState.AddModelError(field, message);
        }

        CheckReferences(declaration);
        if (ModelState.IsValid)
        {
            foreach (var problem in DeclarationCheck.StorageProblems(declaration))
            {
                ModelState.AddModelError(FormKeys.For(problem.Path, Input), problem.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            // The rules judge a declaration, not a form half read: until it can be read, only
            // what stops it being read is shown.
            await ShowAsync(declaration, storedName, cancellationToken, withProblems: false);
            return Page();
        }

        switch (await drafts.SaveAsync(declaration, Input.ConcurrencyStamp, HttpContext.Actor(), cancellationToken))
        {
            case SaveOutcome.Saved:
                SavedMessage = $"已保存（{ChinaTime.FormatTime(declaration.UpdatedAt.UtcDateTime)}）。";
                return RedirectToPage(new { id });
            case SaveOutcome.ChangedByOthers:
                ChangedByOthersAt = await db.Declarations.Where(d => d.Id == id).Select(d => (DateTimeOffset?)d.UpdatedAt).SingleOrDefaultAsync(cancellationToken);
                if (ChangedByOthersAt is null)
                {
                    return NotFound();
                }

                ModelState.AddModelError(string.Empty, "该申报表已被他人修改并保存，您的修改没有保存。");
                await ShowAsync(declaration, storedName, cancellationToken);
                return Page();
            default:
                return await LockedAsync(declaration, WorkflowStatus.WhyNotEditable(DeclarationStatus.Submitted)!, cancellationToken);
        }
    }

    /// <summary>The messages for one field: what could not be read or stored, and the rules' problems there.</summary>
    public IReadOnlyList<string> MessagesFor(string formKey)
    {
        var messages = ModelState.TryGetValue(formKey, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        messages.AddRange(Problems.Where(p => FormKeys.For(p.Path, Input) == formKey).Select(p => p.Message));
        return messages.Distinct().ToList();
    }

    /// <summary>The problems of one row ("indicators[3]"), shown under it.</summary>
    public IReadOnlyList<ValidationProblem> RowProblems(string rowPath) =>
        Problems.Where(p => p.Path == rowPath || p.Path.StartsWith(rowPath + ".", StringComparison.Ordinal)).ToList();

    /// <summary>The form's own errors on one row, by its key ("Input.Indicators[k]").</summary>
    public IReadOnlyList<string> RowErrors(string rowKey) =>
        ModelState.Where(e => e.Key.StartsWith(rowKey + ".", StringComparison.Ordinal)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();

    private void CheckReferences(Declaration declaration)
    {
        if (!User.CanWorkFor(declaration.DepartmentId) || Choices.Departments.All(d => d.Id != declaration.DepartmentId))
        {
            ModelState.AddModelError("Input.DepartmentId", "请选择填报单位。");
        }

        if (Choices.Frameworks.All(f => f.Id != declaration.FrameworkId))
        {
            ModelState.AddModelError("Input.FrameworkId", "请选择指标体系。");
        }
    }

    private async Task<IActionResult> LockedAsync(Declaration declaration, string reason, CancellationToken cancellationToken)
    {
        Locked = reason;
        await ShowAsync(declaration, declaration.ProjectName, cancellationToken, withProblems: false);
        CanDelete = false;
        return Page();
    }

    private async Task ShowAsync(Declaration declaration, string storedName, CancellationToken cancellationToken, bool withProblems = true)
    {
        Id = declaration.Id;
        CanDelete = WorkflowStatus.WhyNotDeletable(declaration.Status, declaration.Review) is null;
        Returned = await ReturnNotices.ForAsync(db, declaration, cancellationToken);

        ProjectName = storedName;
        Choices ??= (await EditorChoices.LoadAsync(db, cancellationToken)).ForDepartment(User.DepartmentId());
        Framework = Choices.Frameworks.FirstOrDefault(f => f.Id == declaration.FrameworkId) ?? Choices.Frameworks[0];
        Problems = withProblems ? DeclarationCheck.Problems(declaration, Framework) : [];
    }
}
