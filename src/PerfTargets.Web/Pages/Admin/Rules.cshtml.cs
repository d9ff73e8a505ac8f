using PerfTargets.Core.Auditing;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Catalogue;
using PerfTargets.Core.Validation.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Queries;

using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>
/// 审核规则设置: each rule off, 提示 or 错误, and the thresholds of the review checks (minimum 三级,
/// word lists, unit table). Every save is a new revision with who and why, audited; checks from then
/// on use it, while frozen versions keep the verdict of the revision in force when they were submitted.
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class RulesModel(PerfTargetsDbContext db, AuditedChanges audited, ProblemRecount recount) : PageModel
{
    private static readonly RuleSettingsValidator Validator = new();

    /// <summary>Validator property names → the form's fields, so each message stands at its box.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Levels"] = nameof(RuleSettingsForm.Levels),
        ["MinimumIndicators"] = nameof(RuleSettingsForm.MinimumIndicators),
        ["VagueWords"] = nameof(RuleSettingsForm.VagueWords),
        ["GradeWords"] = nameof(RuleSettingsForm.GradeWords),
        ["Units.Counts"] = nameof(RuleSettingsForm.Counts),
        ["Units.Percents"] = nameof(RuleSettingsForm.Percents),
        ["Units.Durations"] = nameof(RuleSettingsForm.Durations),
        ["Units.Odd"] = nameof(RuleSettingsForm.Odd),
    };

    [BindProperty]
    public RuleSettingsForm Form { get; set; } = new();

    public IReadOnlyList<RuleDescription> Rules => RuleCatalogue.All;

    /// <summary>Each revision, newest first, with what it changed.</summary>
    public IReadOnlyList<(RuleSettingsRevision Revision, IReadOnlyList<string> Changes)> History { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form = RuleSettingsForm.From(await db.RuleSettingsAsync(cancellationToken: cancellationToken));
        await LoadHistoryAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var settings = Form.ToSettings(out var oddLines);
        foreach (var line in oddLines)
        {
            ModelState.AddModelError(Key(nameof(RuleSettingsForm.Odd)), $"“{line}”应写成“单位=应为的单位”，如“万=万元”。");
        }

        if (Form.Note?.Trim().Length > RuleSettingsRevision.NoteLength)
        {
            ModelState.AddModelError(Key(nameof(RuleSettingsForm.Note)), $"修改说明不能超过 {RuleSettingsRevision.NoteLength} 个字。");
        }
        else if (TextCharacters.Problem(Form.Note, "修改说明") is { } notePlain)
        {
            ModelState.AddModelError(Key(nameof(RuleSettingsForm.Note)), notePlain);
        }

        foreach (var unknown in Form.UnknownAccepted())
        {
            ModelState.AddModelError(Key(nameof(RuleSettingsForm.Accepted)), $"“{unknown}”不是可选的单位类别，未保存。请在页面上勾选。");
        }

        foreach (var failure in Validator.Validate(settings).Errors)
        {
            var field = Fields.FirstOrDefault(f => failure.PropertyName.StartsWith(f.Key, StringComparison.Ordinal)).Value ?? string.Empty;
            ModelState.AddModelError(field.Length == 0 ? string.Empty : Key(field), failure.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            await LoadHistoryAsync(cancellationToken);
            return Page();
        }

        var changes = RuleSettingsChanges.Between(await db.RuleSettingsAsync(cancellationToken: cancellationToken), settings);
        if (changes.Count == 0)
        {
            Done = "设置没有变化，未保存。";
            return RedirectToPage();
        }

        var actor = HttpContext.Actor();
        db.RuleSettingsRevisions.Add(RuleSettingsRevision.Of(settings, DateTime.UtcNow, actor.UserId, actor.ShownName, Form.Note));
        await audited.CommitAsync(new AuditNote(AuditAction.SettingsChanged, actor, Detail: "审核规则设置：" + string.Join("；", changes)), cancellationToken);
        recount.Request();
        Done = $"审核规则设置已保存（{string.Join("；", changes)}），此后的检查按新设置进行。";
        return RedirectToPage();
    }

    private static string Key(string field) => $"{nameof(Form)}.{field}";

    private async Task LoadHistoryAsync(CancellationToken cancellationToken)
    {
        var revisions = await db.RuleSettingsHistoryAsync(cancellationToken);
        History = [.. revisions.Select((revision, i) => (revision,
            RuleSettingsChanges.Between(i + 1 < revisions.Count ? revisions[i + 1].Read() : new RuleSettings(), revision.Read())))];
    }
}
