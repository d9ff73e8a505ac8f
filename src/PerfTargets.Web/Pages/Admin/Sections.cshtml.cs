using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;
using PerfTargets.Data;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Web.Accounts;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>审核科室: the sections of the finance office, in the order a declaration passes through them.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class SectionsModel(PerfTargetsDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<ReviewSection> Sections { get; private set; } = [];

    [BindProperty]
    [Display(Name = "科室名称")]
    [Required(ErrorMessage = "请填写科室名称。")]
    [StringLength(64, ErrorMessage = "科室名称不能超过 64 个字。")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "所属机关（印章上的名称）")]
    [Required(ErrorMessage = "请填写所属机关，如某县财政局。")]
    [StringLength(200, ErrorMessage = "所属机关不能超过 200 个字。")]
    public string? Organisation { get; set; }

    [TempData]
    public string? SectionMessage { get; set; }

    /// <summary>Where a declaration resubmitted after a return goes.</summary>
    public ResubmitRule ResubmitRule { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var name = Name?.Trim();
        if (Sections.Any(s => s.Name == name))
        {
            ModelState.AddModelError(nameof(Name), $"已有科室“{name}”。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ReviewSections.Add(new ReviewSection { Name = name!, Organisation = Organisation!.Trim(), Sequence = Sections.Count + 1 });
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(AuditAction.SettingsChanged, HttpContext.Actor(), detail: $"添加审核科室“{name}”", cancellationToken: cancellationToken);
        SectionMessage = $"已添加审核科室“{name}”，排在审核顺序的最后。";
        return RedirectToPage();
    }

    /// <summary>Moves a section one step earlier in the review chain.</summary>
    public async Task<IActionResult> OnPostEarlierAsync(int id, CancellationToken cancellationToken)
    {
        var sections = await db.ReviewSections.OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        var index = sections.FindIndex(s => s.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        if (index > 0)
        {
            (sections[index].Sequence, sections[index - 1].Sequence) = (sections[index - 1].Sequence, sections[index].Sequence);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(AuditAction.SettingsChanged, HttpContext.Actor(), detail: $"审核科室“{sections[index].Name}”提前到“{sections[index - 1].Name}”之前", cancellationToken: cancellationToken);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResubmitRuleAsync(ResubmitRule rule, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(rule))
        {
            return BadRequest();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.AddAsync(AuditAction.SettingsChanged, HttpContext.Actor(), detail: $"退回后重新提交：{Describe(rule)}", cancellationToken: cancellationToken);
        var settings = await db.ReviewSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.ReviewSettings.Add(new ReviewSettings { ResubmitRule = rule });
        }
        else
        {
            settings.ResubmitRule = rule;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        SectionMessage = $"已设置：退回后重新提交{Describe(rule)}。";
        return RedirectToPage();
    }

    public static string Describe(ResubmitRule rule) => rule == ResubmitRule.RestartChain
        ? "从第一个审核科室重新审核"
        : "直接回到退回它的科室，之前的审核通过仍然有效";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sections = await db.ReviewSections.AsNoTracking().OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        ResubmitRule = (await db.LoadReviewSettingsAsync(cancellationToken)).ResubmitRule;
    }
}
