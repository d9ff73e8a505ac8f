using PerfTargets.Core.Review;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Queries;
using PerfTargets.Web.Forms;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>
/// 编辑申报表: every section of a draft on one page. A save writes the whole form; what cannot
/// be read or stored is shown at its field and nothing is written; the rules' problems are shown
/// after each save. Two people saving the same version: the second is refused, not merged.
/// While the user types, the page's script posts the form to 审核检查 (<see cref="OnPostCheckAsync"/>),
/// which reads and judges it as a save would and answers with the messages only (_Check).
/// </summary>
[Authorize(Policy = AccountRoles.Filer)]
public sealed class EditModel(PerfTargetsDbContext db, DraftDeclarations drafts, AuditTrail audit) : PageModel, IFieldMessages
{
    public const string SavedMessageKey = "SavedMessage";

    /// <summary>This page, for RedirectToPage from the pages that create a declaration.</summary>
    public const string PageName = "/Declarations/Edit/Index";

    /// <summary>The handler of the check while typing (?handler=Check).</summary>
    public const string CheckHandler = "Check";

    /// <summary>The id the check writes a field's messages for; the script puts the field's own in its place.</summary>
    public const string FieldPlaceholder = "__field__";

    /// <summary>Said while the form cannot be read: after a save, and in the problems panel while typing.</summary>
    public const string UnreadableMessage = "有填写内容无法读取或超出限制，已在对应位置标出。";

    [BindProperty]
    public DeclarationForm Input { get; set; } = new();

    public int Id { get; private set; }

    public string ProjectName { get; private set; } = string.Empty;

    public EditorChoices Choices { get; private set; } = null!;

    public IndicatorFramework Framework { get; private set; } = null!;

    /// <summary>The messages at the fields and rows, and the rules' problems with the declaration as saved (or as posted, when it could not be).</summary>
    public EditorMessages Messages { get; private set; } = EditorMessages.None;

    /// <summary>Set when someone else saved the declaration after this form was loaded.</summary>
    public DateTimeOffset? ChangedByOthersAt { get; private set; }

    [TempData(Key = SavedMessageKey)]
    public string? SavedMessage { get; set; }

    /// <summary>Why 保存并提交审核 saved but did not submit (errors left).</summary>
    [TempData]
    public string? NotSubmitted { get; set; }

    /// <summary>Whether this post was 保存并提交审核: a save that failed says the submission was not made either.</summary>
    public bool Submitting { get; private set; }

    /// <summary>Why the declaration can no longer be edited (submitted since the form was loaded): the only message then shown.</summary>
    public string? Locked { get; private set; }

    /// <summary>Whether 删除草稿 is offered: a draft never submitted.</summary>
    public bool CanDelete { get; private set; }

    /// <summary>The return being worked on, and what to do next, shown at the top while the draft is 已退回.</summary>
    public (DeclarationEvent Return, string? Advice)? Returned { get; private set; }

    /// <summary>调整中: the adjustment this draft is, with its reason and the approved version it starts from.</summary>
    public Adjustment? Adjustment { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var declaration = await OwnDraftAsync(id, cancellationToken);
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

    /// <summary>保存.</summary>
    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, thenSubmit: false, cancellationToken);

    /// <summary>
    /// 保存并提交审核: saves exactly as 保存 does; once saved, errors keep the filer here with the rules'
    /// problems and why it was not submitted, otherwise the confirmation (<see cref="SubmitModel"/>) follows.
    /// </summary>
    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, thenSubmit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int id, bool thenSubmit, CancellationToken cancellationToken)
    {
        Submitting = thenSubmit;
        Input.DropRowsNotPosted();
        var declaration = await OwnDraftAsync(id, cancellationToken);
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
        await ReadFormAsync(declaration, cancellationToken);
        if (!ModelState.IsValid)
        {
            // The rules judge a declaration, not a form half read: until it can be read, only
            // what stops it being read is shown.
            await ShowAsync(declaration, storedName, cancellationToken, withProblems: false);
            return Page();
        }

        if (Input.SortByFramework && Choices.Frameworks.FirstOrDefault(f => f.Id == declaration.FrameworkId) is { } framework)
        {
            FrameworkOrder.Sort(declaration, framework);
        }

        switch (await drafts.SaveAsync(declaration, Input.ConcurrencyStamp, HttpContext.Actor(), cancellationToken))
        {
            case SaveOutcome.Saved when thenSubmit:
                return await SubmitSavedAsync(declaration, cancellationToken);
            case SaveOutcome.Saved:
                SavedMessage = $"{(Input.SortByFramework ? "已按指标体系排序并保存" : "已保存")}（{ChinaTime.FormatTime(declaration.UpdatedAt.UtcDateTime)}）。";
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

    /// <summary>
    /// 审核检查 while typing: the form as it stands, read and judged exactly as a save would read
    /// and judge it; nothing is stored (the declaration is detached before the form touches it).
    /// </summary>
    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken cancellationToken)
    {
        Input.DropRowsNotPosted();
        var declaration = await OwnDraftAsync(id, cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        db.ChangeTracker.Clear();
        await ReadFormAsync(declaration, cancellationToken);
        await JudgeAsync(declaration, ModelState.IsValid, cancellationToken);
        return Partial("_Check", this);
    }

    public IReadOnlyList<string> MessagesFor(string formKey) => Messages.For(formKey);

    /// <summary>A saved draft on to the confirmation, unless the rules (as the submission judges it) find errors.</summary>
    private async Task<IActionResult> SubmitSavedAsync(Declaration declaration, CancellationToken cancellationToken)
    {
        var errors = (await db.ProblemsAsync(declaration, cancellationToken: cancellationToken)).Count(p => p.IsError);
        if (errors == 0)
        {
            return RedirectToPage(SubmitModel.PageName, new { id = declaration.Id });
        }

        SavedMessage = $"已保存（{ChinaTime.FormatTime(declaration.UpdatedAt.UtcDateTime)}）。";
        NotSubmitted = $"未提交审核：还有 {errors} 处错误，已在下方和审核检查中标出，请改正后再提交。";
        return RedirectToPage(new { id = declaration.Id });
    }

    /// <summary>Reads the form into the declaration as a save does: what cannot be read, chosen or stored goes to the model state.</summary>
    private async Task ReadFormAsync(Declaration declaration, CancellationToken cancellationToken)
    {
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
    }

    /// <summary>The declaration if it is this user's department's; a refusal is recorded by the guard.</summary>
    private async Task<Declaration?> OwnDraftAsync(int id, CancellationToken cancellationToken) =>
        (await drafts.FindOwnAsync(HttpContext, audit, id, "编辑", cancellationToken)).Declaration;

    private void CheckReferences(Declaration declaration)
    {
        if (!User.CanWorkFor(declaration.DepartmentId) || Choices.Departments.All(d => d.Id != declaration.DepartmentId))
        {
            ModelState.AddModelError(FormKeys.Field(nameof(DeclarationForm.DepartmentId)), "请选择填报单位。");
        }

        if (Choices.Frameworks.All(f => f.Id != declaration.FrameworkId))
        {
            ModelState.AddModelError(FormKeys.Field(nameof(DeclarationForm.FrameworkId)), "请选择指标体系。");
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
        Adjustment = await AdjustmentNotices.ForAsync(db, declaration, cancellationToken);

        ProjectName = storedName;
        Choices ??= (await EditorChoices.LoadAsync(db, cancellationToken)).ForDepartment(User.DepartmentId());
        await JudgeAsync(declaration, withProblems, cancellationToken);
    }

    /// <summary>Runs the rules on the declaration, unless the form could not be read (they judge a declaration, not a form half read).</summary>
    private async Task JudgeAsync(Declaration declaration, bool withProblems, CancellationToken cancellationToken)
    {
        Framework = Choices.Frameworks.FirstOrDefault(f => f.Id == declaration.FrameworkId) ?? Choices.Frameworks[0];
        var problems = withProblems ? DeclarationCheck.Problems(declaration, Framework, await db.RuleSettingsAsync(cancellationToken: cancellationToken)) : [];
        Messages = new EditorMessages(ModelState, problems, Input);
    }
}
