using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>
/// 审核科室: the sections of the finance office, in the order a declaration passes through them; each
/// with what it still lacks to review (审核人, 印章), what waits on it, and 停用/启用.
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class SectionsModel(PerfTargetsDbContext db, AuditedChanges audited) : PageModel
{
    /// <summary>How many waiting declarations a refusal names before it says 等.</summary>
    private const int NamedWaiting = 5;

    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    [BindProperty]
    [Display(Name = "科室名称")]
    [Required(ErrorMessage = "请填写科室名称。")]
    [StringLength(ReviewSection.NameMaxLength, ErrorMessage = "科室名称不能超过 {1} 个字。")]
    [PlainText]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "所属机关（印章上的名称）")]
    [Required(ErrorMessage = "请填写所属机关，如某县财政局。")]
    [StringLength(ReviewSection.OrganisationMaxLength, ErrorMessage = "所属机关不能超过 {1} 个字。")]
    [PlainText]
    public string? Organisation { get; set; }

    [TempData]
    public string? SectionMessage { get; set; }

    /// <summary>Why the last change was not made.</summary>
    [TempData]
    public string? SectionRefusal { get; set; }

    /// <summary>Where a declaration resubmitted after a return goes.</summary>
    public ResubmitRule ResubmitRule { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>A new section starts 停用: the chain takes it only once it has a reviewer and a seal.</summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var name = Name?.Trim();
        if (Sections.Any(s => s.Section.Name == name))
        {
            ModelState.AddModelError(nameof(Name), $"已有科室“{name}”。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var sequence = Sections.Count == 0 ? 1 : Sections.Max(s => s.Section.Sequence) + 1;
        db.ReviewSections.Add(new ReviewSection { Name = name!, Organisation = Organisation!.Trim(), Sequence = sequence, IsDisabled = true });
        await audited.CommitAsync(SettingChanged($"添加审核科室“{name}”（停用）"), cancellationToken);
        SectionMessage = $"已添加审核科室“{name}”，排在审核顺序的最后，暂为停用。请在“印章”页为它设置印章、在“账户管理”开设它的审核人账户，再点“启用”。";
        return RedirectToPage();
    }

    /// <summary>Moves a section one step earlier in the review chain.</summary>
    public Task<IActionResult> OnPostEarlierAsync(int id, CancellationToken cancellationToken) => MoveAsync(id, -1, cancellationToken);

    /// <summary>Moves a section one step later in the review chain.</summary>
    public Task<IActionResult> OnPostLaterAsync(int id, CancellationToken cancellationToken) => MoveAsync(id, +1, cancellationToken);

    /// <summary>
    /// 停用 takes a section out of the chain, refused while declarations wait on it (they would wait
    /// for nobody); 启用 puts it back, refused while it lacks a reviewer or a seal.
    /// </summary>
    public async Task<IActionResult> OnPostDisableAsync(int id, [FromForm(Name = "disable")] bool? choice, CancellationToken cancellationToken)
    {
        // The page's buttons send true or false: anything else, or nothing, is not read as either.
        if (choice is not { } disable)
        {
            return BadRequest();
        }

        var section = await db.ReviewSections.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        if (disable)
        {
            var waiting = await SectionReadinessQueries.WaitingOnAsync(db, id, cancellationToken);
            if (waiting.Count > 0)
            {
                var names = string.Join("、", waiting.Take(NamedWaiting).Select(n => $"“{n}”")) + (waiting.Count > NamedWaiting ? " 等" : "");
                SectionRefusal = $"“{section.Name}”还有 {waiting.Count} 份申报表待审（{names}），不能停用。请待这些申报表审核通过或退回后再停用。";
                return RedirectToPage();
            }
        }
        else if (await SectionReadinessQueries.OfAsync(db, section, cancellationToken) is { Ready: false } readiness)
        {
            SectionRefusal = $"“{section.Name}”尚未配置{readiness.Missing}，不能启用。请先在“印章”页设置印章、在“账户管理”开设该科室的审核人账户。";
            return RedirectToPage();
        }

        if (section.IsDisabled != disable)
        {
            section.IsDisabled = disable;
            await audited.CommitAsync(SettingChanged($"{(disable ? "停用" : "启用")}审核科室“{section.Name}”"), cancellationToken);
        }

        SectionMessage = disable
            ? $"已停用“{section.Name}”：审核时将跳过该科室。"
            : $"已启用“{section.Name}”：申报表将按顺序送该科室审核。";
        return RedirectToPage();
    }

    private async Task<IActionResult> MoveAsync(int id, int step, CancellationToken cancellationToken)
    {
        var sections = await db.ReviewSections.OrderBy(s => s.Sequence).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var index = sections.FindIndex(s => s.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        var other = index + step;
        if (other >= 0 && other < sections.Count)
        {
            var (moved, passed) = (sections[index], sections[other]);
            (moved.Sequence, passed.Sequence) = (passed.Sequence, moved.Sequence);
            await audited.CommitAsync(SettingChanged($"审核科室“{moved.Name}”{(step < 0 ? "提前到" : "推后到")}“{passed.Name}”{(step < 0 ? "之前" : "之后")}"), cancellationToken);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResubmitRuleAsync([FromForm(Name = "rule")] ResubmitRule? choice, CancellationToken cancellationToken)
    {
        // Only the page's two choices: an unknown value, or none, does not reset the rule to its default.
        if (choice is not { } rule || !Enum.IsDefined(rule))
        {
            return BadRequest();
        }

        await audited.CommitAsync(SettingChanged($"退回后重新提交：{Describe(rule)}"), token => SetResubmitRuleAsync(rule, token), cancellationToken);
        SectionMessage = $"已设置：退回后重新提交{Describe(rule)}。";
        return RedirectToPage();
    }

    public static string Describe(ResubmitRule rule) => rule == ResubmitRule.RestartChain
        ? "从第一个审核科室重新审核"
        : "直接回到退回它的科室，之前的审核通过仍然有效";

    private AuditNote SettingChanged(string detail) => new(AuditAction.SettingsChanged, HttpContext.Actor(), Detail: detail);

    /// <summary>Read inside the audit turn, so two admins setting the rule at once do not both add the settings row.</summary>
    private async Task SetResubmitRuleAsync(ResubmitRule rule, CancellationToken cancellationToken)
    {
        var settings = await db.ReviewSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.ReviewSettings.Add(new ReviewSettings { ResubmitRule = rule });
        }
        else
        {
            settings.ResubmitRule = rule;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var sections = await db.ReviewSections.AsNoTracking().OrderBy(s => s.Sequence).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var waiting = await db.Declarations.Where(d => d.Status == DeclarationStatus.Submitted && d.Review.AwaitingSectionId != null)
            .GroupBy(d => d.Review.AwaitingSectionId!.Value).Select(g => new { Section = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Section, g => g.Count, cancellationToken);
        Sections = (await SectionReadinessQueries.OfAllAsync(db, sections, cancellationToken))
            .Select(r => new SectionRow(r.Section, r, waiting.GetValueOrDefault(r.Section.Id))).ToList();
        ResubmitRule = (await db.LoadReviewSettingsAsync(cancellationToken)).ResubmitRule;
    }

    /// <summary>A section as the page lists it: what it lacks, and how many declarations wait on it.</summary>
    public sealed record SectionRow(ReviewSection Section, SectionReadiness Readiness, int Waiting);
}
