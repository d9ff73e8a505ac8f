using System.ComponentModel.DataAnnotations;
using PerfTargets.Data.Accounts;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>
/// 访问令牌: the admin issues a personal access token to an account for a program (a 预算一体化
/// system) to call the API as it; the token is shown once, on the answer to the issue, and is never
/// stored or shown again. Tokens are listed with their last use and can be revoked at once.
/// </summary>
[Authorize(Policy = AccountRoles.Admin)]
public sealed class TokensModel(PerfTargetsDbContext db, AccessTokens tokens, TokenLastUses lastUses, AccountChanges changes, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(AccessToken Token, string UserName)> Tokens { get; private set; } = [];

    public IReadOnlyList<(int Id, string Label)> Accounts { get; private set; } = [];

    [BindProperty]
    public NewToken Input { get; set; } = new();

    /// <summary>The secret just issued: on this one answer only (not kept in TempData or anywhere else).</summary>
    public (string Secret, string UserName, DateTimeOffset ExpiresAt)? Issued { get; private set; }

    [TempData]
    public string? TokenMessage { get; set; }

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var user = Input.UserId is { } userId ? await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) : null;
        if (user is null)
        {
            ModelState.AddModelError("Input.UserId", "请选择令牌所代表的账户。");
        }
        else if (user.IsDisabled)
        {
            ModelState.AddModelError("Input.UserId", $"账户 {user.UserName} 已停用，不能为其签发令牌。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (token, secret) = await tokens.IssueAsync(user!, Input.Name!, Input.LifetimeDays, HttpContext.Actor(), User.AccessTokenId(), cancellationToken);
        Issued = (secret, user!.UserName!, token.ExpiresAt);
        ModelState.Clear();
        Input = new NewToken();
        await LoadAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store"; // the page holds the secret: no cache keeps it
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        var issued = await tokens.RevokeAsync(id, HttpContext.Actor(), cancellationToken);
        if (issued is not null)
        {
            changes.Revoked([id, .. issued.Select(t => t.TokenId)]);
        }

        TokenMessage = issued switch
        {
            null => "该令牌不存在或已吊销。",
            [] => "已吊销该令牌，使用它的程序从下一次调用起被拒绝。记录中该令牌未签发其他令牌。",
            _ => "已吊销该令牌，使用它的程序从下一次调用起被拒绝。记录显示它签发过以下令牌，已一并吊销："
                + string.Join("；", issued.Select(t => $"{t.UserName} 的“{t.Name}”（{t.ShownPrefix}…{(t.WasRevokedAlready ? "，此前已吊销" : string.Empty)}）")) + "。",
        };
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        await lastUses.FlushAsync(tokens, cancellationToken); // the last uses this process has only noted so far
        Tokens = await tokens.ListAsync(cancellationToken);
        Accounts = (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, $"{u.UserName}（{u.DisplayName}）")).ToList();
    }

    /// <summary>What the admin says about a new token.</summary>
    public sealed class NewToken
    {
        [Display(Name = "账户")]
        public int? UserId { get; set; }

        [Display(Name = "用途")]
        [Required(ErrorMessage = "请写明令牌的用途，如“预算一体化系统对接”。")]
        [StringLength(AccessToken.NameMaxLength, ErrorMessage = "用途不能超过 {1} 个字。")]
        [PlainText]
        public string? Name { get; set; }

        [Display(Name = "有效期（天）")]
        [Range(1, AccessToken.MaxLifetimeDays, ErrorMessage = "有效期应为 1 到 {2} 天。")]
        public int LifetimeDays { get; set; } = 90;
    }
}
