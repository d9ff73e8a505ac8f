using Microsoft.AspNetCore.Antiforgery;

namespace PerfTargets.Web.Api;

/// <summary>
/// A change made through the API with the browser's session cookie must carry the antiforgery
/// token (header <c>RequestVerificationToken</c>, from <c>GET /api/v1/antiforgery</c>): the cookie
/// would otherwise let another site's page act for the signed-in user. A bearer token is never sent
/// by the browser on its own, so it needs none.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!AccessTokenHandler.PresentsToken(http.Request))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "antiforgery", "缺少或无效的防伪令牌",
                    "以登录会话（Cookie）调用修改类接口时，须在请求头 RequestVerificationToken 中带上 GET /api/v1/antiforgery 返回的令牌；程序调用请改用访问令牌（Authorization: Bearer）。");
            }
        }

        return await next(context);
    }
}
