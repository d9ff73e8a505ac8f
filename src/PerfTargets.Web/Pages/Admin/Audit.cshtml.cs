using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Data;
using PerfTargets.Data.Auditing;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>审计日志: search the trail by user, action, declaration and day (北京时间), newest first; check the hash chain.</summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class AuditModel(PerfTargetsDbContext db, AuditTrail trail) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "declaration")]
    public int? DeclarationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Show rows older than this sequence number (the next page).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A malformed filter in the address is ignored rather than refused.
        ModelState.Clear();
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var name = UserName.Trim();
            query = query.Where(e => e.UserName.Contains(name));
        }

        if (Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (DeclarationId is { } declaration)
        {
            query = query.Where(e => e.DeclarationId == declaration);
        }

        if (From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        if (Before is { } before)
        {
            query = query.Where(e => e.Sequence < before);
        }

        var page = await query.OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }

    /// <summary>Checks the whole chain and shows the result above the same search.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await trail.VerifyAsync(cancellationToken);
        await OnGetAsync(cancellationToken);
        return Page();
    }

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

        Add("user", UserName);
        Add("action", Action);
        Add("declaration", DeclarationId);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("before", Entries.Count > 0 ? Entries[^1].Sequence : null);
        return values;
    }
}
