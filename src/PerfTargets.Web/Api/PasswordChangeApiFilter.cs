namespace PerfTargets.Web.Api;

/// <summary>
/// The API's side of <see cref="PasswordChangeFilter"/>: an account that must change its password
/// (new, reset by the admin, or past the 等保 profile's 90 days) is answered 403 on every call, by
/// session or by token, until it has; otherwise the password the admin handed over, or one past its
/// age, would keep working through the API.
/// </summary>
internal sealed class PasswordChangeApiFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.User.HasClaim(c => c.Type == PasswordChangeFilter.MustChange))
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "password-change-required", "须先修改密码",
                "请先修改密码：该账户是新开设的、密码被管理员重置过或已超过有效期。请登录页面，在“修改密码”中设置新密码后再调用 API。");
        }

        return await next(context);
    }
}
