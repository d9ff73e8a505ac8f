using Microsoft.AspNetCore.Mvc.Filters;

namespace PerfTargets.Web.Accounts;

/// <summary>
/// Until a user who must change the password (a new or reset account, or one past the 等保
/// profile's 90 days) has done so, every page leads to 修改密码.
/// </summary>
public sealed class PasswordChangeFilter : IAsyncPageFilter
{
    public const string MustChange = "perftargets:must-change-password";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var page = context.ActionDescriptor.ViewEnginePath;
        if (context.HttpContext.User.HasClaim(c => c.Type == MustChange)
            && page is not ("/Account/Password" or "/Account/Logout" or "/Error"))
        {
            context.Result = new RedirectToPageResult("/Account/Password", new { expired = true });
            return;
        }

        await next();
    }
}
