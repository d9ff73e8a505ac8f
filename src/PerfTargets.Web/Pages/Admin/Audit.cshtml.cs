using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;
using PerfTargets.Web.Auditing;
using PerfTargets.Web.Forms;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>审计日志: search the trail by user (name or 姓名), action, declaration and day (北京时间), newest first; check the hash chain.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class AuditModel(PerfTargetsDbContext db, IntegrityCheck integrity, AuditTrail trail) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    // The filters are bound as typed and read by AuditSearch, which says what it cannot understand.
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "declaration")]
    public string? Declaration { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public AuditSearch Search { get; private set; } = null!;

    /// <summary>Show rows older than this sequence number (the next page).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    /// <summary>The result of the last 校验哈希链, kept over the redirect so that reloading the page does not check again.</summary>
    [TempData]
    public string? VerificationResult { get; set; }

    [TempData]
    public bool VerificationIntact { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Search = new AuditSearch(UserName, Action, Declaration, From, To);
        if (!Search.IsValid)
        {
            return;
        }

        var query = db.AuditEntries.AsNoTracking();
        if (Search.User is { } name)
        {
            // The trail records the user name; a 姓名 is found through the accounts that bear it.
            var named = db.Users.Where(u => u.DisplayName.Contains(name)).Select(u => (int?)u.Id);
            query = query.Where(e => e.UserName.Contains(name) || named.Contains(e.UserId));
        }

        if (Search.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (Search.DeclarationId is { } declaration)
        {
            query = query.Where(e => e.DeclarationId == declaration);
        }

        var (start, end) = Search.Period();
        if (start is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (end is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        if (Before is { } before)
        {
            query = query.Where(e => e.Sequence < before);
        }

        var page = await query.OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();

        // People by 姓名 and declarations by name: looked up for the rows shown, in two queries.
        var userIds = Entries.Where(e => e.UserId is not null).Select(e => e.UserId!.Value).Distinct().ToList();
        PersonNames = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var declarationIds = Entries.Where(e => e.DeclarationId is not null).Select(e => e.DeclarationId!.Value).Distinct().ToList();
        DeclarationNames = await db.Declarations.AsNoTracking().Where(d => declarationIds.Contains(d.Id))
            .Select(d => new { d.Id, d.BudgetYear, d.ProjectName })
            .ToDictionaryAsync(d => d.Id, d => $"{d.ProjectName}（{d.BudgetYear}年度）", cancellationToken);
    }

    /// <summary>The 姓名 of each account acted in the rows shown, by id.</summary>
    public IReadOnlyDictionary<int, string> PersonNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>The project name and year of each declaration in the rows shown that still exists, by id.</summary>
    public IReadOnlyDictionary<int, string> DeclarationNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>Who acted, as people know them: the 姓名 of the account, or the user name typed (a failed sign-in of no account).</summary>
    public string PersonOf(AuditEntry entry) =>
        entry.UserId is { } id && PersonNames.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : entry.UserName;

    /// <summary>Checks the whole chain, its checkpoints and every frozen version, and shows the result above the same search.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        var report = await integrity.RunAsync(cancellationToken: cancellationToken);
        VerificationIntact = report.Intact;
        VerificationResult = string.Join(" ", report.Findings());
        return RedirectToSearch();
    }

    /// <summary>
    /// 写入检查点: after a check that finds everything sound, records the request and writes the
    /// chain's head (that record included) to the checkpoint file outside the database.
    /// </summary>
    public async Task<IActionResult> OnPostCheckpointAsync(CancellationToken cancellationToken)
    {
        var report = await integrity.RunAsync(cancellationToken: cancellationToken);
        VerificationIntact = report.Intact;
        if (!report.Intact)
        {
            VerificationResult = "未写入检查点：" + string.Join(" ", report.Findings());
            return RedirectToSearch();
        }

        await trail.AppendAsync(AuditAction.CheckpointWritten, HttpContext.Actor(), detail: "管理员手动写入审计检查点", cancellationToken: cancellationToken);
        var written = await integrity.WriteCheckpointAsync(cancellationToken);
        VerificationResult = written is null
            ? "链尾自上一个检查点以来未变，未写入新的检查点。"
            : $"已写入检查点：第 {written.Sequence} 条，哈希 {written.Hash[..12]}…，写入 {report.CheckpointSource}。";
        return RedirectToSearch();
    }

    private RedirectToPageResult RedirectToSearch() => RedirectToPage(new Dictionary<string, string?>
    {
        ["user"] = UserName, ["action"] = Action, ["declaration"] = Declaration, ["from"] = From, ["to"] = To,
    });

    /// <summary>The search with its filters, for the next page.</summary>
    public Dictionary<string, string> NextPage()
    {
        var values = new Dictionary<string, string>();
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                values[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            }
        }

        Add("user", Search.User);
        Add("action", Search.Action);
        Add("declaration", Search.DeclarationId);
        Add("from", Search.From is { } from ? DayText.Show(from) : null);
        Add("to", Search.To is { } to ? DayText.Show(to) : null);
        Add("before", Entries.Count > 0 ? Entries[^1].Sequence : null);
        return values;
    }
}
