using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using PerfTargets.Core.Money;
using PerfTargets.Core.Rounds;
using PerfTargets.Data.Notices;
using PerfTargets.Data.Rounds;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Notices;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>
/// 申报进度: the finance office's desk for one round — per department its deadline, where it stands
/// (未开始, 填报中, 逾期, 已提交, 已批复), how many declarations in each state, their 年度资金, and its last
/// activity; filtered by where it stands, sorted by any column, exported to .xlsx; and 延期 per department.
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class DeskModel(PerfTargetsDbContext db, RoundChanges changes, RoundUrging urging, ReminderTrigger reminders, UnreadNoticeCounts unreadCounts, IOptions<MailSettings> mail, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true)]
    public MoneyUnit Unit { get; set; }

    /// <summary>The department a 延期 form is for.</summary>
    [BindProperty]
    public int DepartmentId { get; set; }

    [BindProperty]
    [Display(Name = "延期至")]
    public DateOnly? ExtendTo { get; set; }

    [BindProperty]
    [Display(Name = "延期原因")]
    public string? Reason { get; set; }

    public RoundDesk Desk { get; private set; } = null!;

    /// <summary>The departments as filtered and sorted.</summary>
    public IReadOnlyList<DepartmentProgress> Rows { get; private set; } = [];

    public DeskState? Filter { get; private set; }

    [TempData]
    public string? DeskMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>导出 Excel (?handler=xlsx): the rows as filtered and sorted, amounts in the chosen unit.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var scope = $"{Desk.Round.BudgetYear}年度　截止 {ChinaCalendar.Text(Desk.Round.ClosesOn)}" + (Filter is { } state ? $"　状态：{state.Label()}" : string.Empty);
        var export = ListExport.For(User, clock.GetUtcNow().UtcDateTime, Unit, scope);
        return new WorkbookFile($"{Desk.Round.Name}-申报进度.xlsx", stream => DeskWorkbook.Write(stream, Desk, Rows, export));
    }

    /// <summary>延期: the department may submit until the end of the day given; no day takes the extension back.</summary>
    public async Task<IActionResult> OnPostExtendAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Desk.Departments.FirstOrDefault(d => d.Department.Id == DepartmentId) is not { } row)
        {
            ModelState.AddModelError(string.Empty, "该单位不在本批次的应报单位中。");
            return Page();
        }

        var reason = Reason?.Trim();
        foreach (var failure in new ExtensionValidator().Validate(new Extension(Desk.Round.ClosesOn, ExtendTo, reason)).Errors)
        {
            ModelState.AddModelError(failure.PropertyName == nameof(Extension.Until) ? nameof(ExtendTo) : nameof(Reason), failure.ErrorMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await changes.ExtendAsync(id, DepartmentId, ExtendTo, reason, HttpContext.Actor(), cancellationToken);
        DeskMessage = ExtendTo is { } day
            ? $"{row.Department.Name} 已延期至 {ChinaCalendar.Text(day)}。"
            : $"已取消 {row.Department.Name} 的延期，截止日期恢复为 {ChinaCalendar.Text(Desk.Round.ClosesOn)}。";
        return Redirect($"/rounds/{id}");
    }

    /// <summary>
    /// 催报: reminds the department (<see cref="DepartmentId"/>), or with none every department that still
    /// owes, in the top bar and by mail; audited. The mail leaves with the reminder job, started now.
    /// </summary>
    public async Task<IActionResult> OnPostUrgeAsync(int id, CancellationToken cancellationToken)
    {
        // An unreadable department is not "every department" (0).
        if (ModelState.GetFieldValidationState(nameof(DepartmentId)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            return BadRequest();
        }

        var today = ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime);
        var department = DepartmentId == 0 ? (int?)null : DepartmentId;
        var urged = await urging.UrgeAsync(id, department, today, mail.Value.Enabled, HttpContext.Actor(), cancellationToken);
        if (urged.Count == 0)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, department is null ? "没有需要催报的单位：各应报单位均已提交。" : "该单位无需催报：不在本批次中，或已全部提交。");
            return Page();
        }

        unreadCounts.ForgetAll();
        await reminders.RunNowAsync(cancellationToken);
        DeskMessage = $"已催报 {string.Join("、", urged.Select(d => d.Department.Name))}：其填报人在“提醒”中可见"
            + (mail.Value.Enabled ? "，留有邮箱的同时发送邮件。" : "（未配置邮件服务器，不发邮件）。");
        return Redirect($"/rounds/{id}");
    }

    /// <summary>An address of this desk with its filter, order and unit, changed by <paramref name="change"/>.</summary>
    public string Link(Action<Dictionary<string, string?>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var values = new Dictionary<string, string?>
        {
            ["state"] = Filter?.Word(),
            ["sort"] = DeskOrder.IsKnown(Sort) ? Sort : null,
            ["desc"] = Desc ? "true" : null,
            ["unit"] = Unit == MoneyUnit.Yuan ? null : Unit.ToString(),
        };
        change(values);
        return QueryHelpers.AddQueryString($"/rounds/{Desk.Round.Id}", values.Where(v => v.Value is not null));
    }

    /// <summary>The heading's link: sorts by the column, the other way round when it already does.</summary>
    public string SortLink(string key) => Link(v => (v["sort"], v["desc"]) = (key, Sort == key && !Desc ? "true" : null));

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.DeskAsync(id, ChinaCalendar.Day(clock.GetUtcNow().UtcDateTime), cancellationToken) is not { } desk)
        {
            return false;
        }

        Desk = desk;
        Filter = DeskStates.TryParse(State, out var state) ? state : null;
        Rows = [.. DeskOrder.Sort(desk.Departments.Where(d => Filter is null || d.State == Filter), Sort, Desc)];
        return true;
    }
}
