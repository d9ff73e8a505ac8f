using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Reports;
using PerfTargets.Core.Review;
using PerfTargets.Data.Reports;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Declarations.Reports;

/// <summary>
/// One 运行监控 or 自评 report: its lines against the approved targets, the lights or the score, the
/// filer's form while it is a draft (保存, 提交审核) and the reviewer's 通过（盖章） and 退回 at the
/// section's turn. Everything is decided in <see cref="ReportDesk"/> and Core.
/// </summary>
public sealed class ReportModel(ReportDesk desk, ReportSettings settings) : PageModel
{
    public ReportReading Reading { get; private set; } = null!;

    public IReadOnlyList<ReportEvent> History { get; private set; } = [];

    public ReportSettings Settings => settings;

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    [BindProperty]
    public Guid Stamp { get; set; }

    [BindProperty]
    public int VersionId { get; set; }

    [BindProperty]
    [Display(Name = "审核意见")]
    [StringLength(ReviewWorkflow.OpinionMaxLength, ErrorMessage = "审核意见不能超过 {1} 个字。")]
    [PlainText]
    public string? Opinion { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Refusal { get; set; }

    /// <summary>Whether the signed-in filer may edit: the department's draft.</summary>
    public bool Editable => Reading.IsDraft && User.DepartmentId() == Reading.Report.DepartmentId;

    /// <summary>Whether it waits on the signed-in reviewer's section.</summary>
    public bool IsMyTurn => Reading.Report.Status == DeclarationStatus.Submitted && User.ReviewSectionId() is { } section && Reading.Report.Review.AwaitingSectionId == section;

    public async Task<IActionResult> OnGetAsync(int id, int reportId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, reportId, cancellationToken))
        {
            return NotFound();
        }

        Input = ReportForm.Of(Reading.Report, Reading.Approved.MoneyUnit);
        if (Editable)
        {
            ShowProblems();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int reportId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, reportId, cancellationToken))
        {
            return NotFound();
        }

        return await SaveAsync(cancellationToken) is { } answer ? answer : Saved(id, reportId, "已保存。");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, int reportId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, reportId, cancellationToken))
        {
            return NotFound();
        }

        if (await SaveAsync(cancellationToken) is { } answer)
        {
            return answer;
        }

        // The save gave the draft a new stamp: the submission is of what was just saved.
        await LoadAsync(id, reportId, cancellationToken);
        var outcome = await desk.SubmitAsync(reportId, Stamp, HttpContext.Actor(), cancellationToken);
        if (outcome.Reason == WorkflowRefusal.Invalid)
        {
            await LoadAsync(id, reportId, cancellationToken);
            Input = ReportForm.Of(Reading.Report, Reading.Approved.MoneyUnit);
            ShowProblems();
            ModelState.AddModelError(string.Empty, outcome.Refusal!);
            return Page();
        }

        return Saved(id, reportId, outcome.Done ? "已提交审核。" : null, outcome.Refusal);
    }

    public Task<IActionResult> OnPostApproveAsync(int id, int reportId, CancellationToken cancellationToken) =>
        DecideAsync(id, reportId, () => desk.ApproveAsync(reportId, VersionId, Stamp, Opinion, HttpContext.Actor(), cancellationToken), "已审核通过并盖章。", cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(int id, int reportId, CancellationToken cancellationToken) =>
        DecideAsync(id, reportId, () => desk.ReturnAsync(reportId, VersionId, Stamp, Opinion, HttpContext.Actor(), cancellationToken), "已退回，填报单位将看到您的意见。", cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, int reportId, Func<Task<WorkflowOutcome>> decide, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, reportId, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await decide();
        if (outcome.Reason == WorkflowRefusal.Incomplete && !outcome.Done)
        {
            ModelState.AddModelError(nameof(Opinion), outcome.Refusal!);
            return Page();
        }

        return Saved(id, reportId, outcome.Done ? done : null, outcome.Refusal);
    }

    /// <summary>Saves the form into the draft; a page to show again when something typed cannot be read or the save is refused.</summary>
    private async Task<IActionResult?> SaveAsync(CancellationToken cancellationToken)
    {
        var (answers, errors) = Input.Read(Reading.Approved);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await desk.SaveAsync(Reading.Report.Id, Stamp, answers, HttpContext.Actor(), cancellationToken) is { } refusal)
        {
            Refusal = refusal;
            return RedirectToPage(new { id = Reading.Report.DeclarationId, reportId = Reading.Report.Id });
        }

        return null;
    }

    private RedirectToPageResult Saved(int id, int reportId, string? message, string? refusal = null)
    {
        (Message, Refusal) = (message, refusal);
        return RedirectToPage(new { id, reportId });
    }

    /// <summary>What a submission would be refused for, each at its field.</summary>
    private void ShowProblems()
    {
        foreach (var problem in ReportDesk.Problems(Reading.Report, Reading.Approved, settings))
        {
            ModelState.AddModelError($"{nameof(Input)}.{ReportForm.FieldOf(problem.PropertyName)}", problem.ErrorMessage);
        }
    }

    private async Task<bool> LoadAsync(int id, int reportId, CancellationToken cancellationToken)
    {
        var reading = await desk.ReadAsync(reportId, HttpContext.Actor(), cancellationToken);
        if (reading is null || reading.Report.DeclarationId != id)
        {
            return false;
        }

        Reading = reading;
        History = await desk.HistoryAsync(reportId, cancellationToken);
        Stamp = reading.Report.ConcurrencyStamp;
        VersionId = reading.Version?.Id ?? 0;
        return true;
    }
}
