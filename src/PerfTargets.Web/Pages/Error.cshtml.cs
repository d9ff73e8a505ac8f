using Microsoft.AspNetCore.Diagnostics;
using PerfTargets.Core.Review;
using PerfTargets.Web.Setup;

namespace PerfTargets.Web.Pages;

/// <summary>Every error and refusal the user meets, explained in Chinese instead of an exception page.</summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public IActionResult OnGet(int? code) => Describe(code);

    public IActionResult OnPost(int? code) => Describe(code);

    public IActionResult OnPut(int? code) => Describe(code);

    public IActionResult OnDelete(int? code) => Describe(code);

    public IActionResult OnPatch(int? code) => Describe(code);

    /// <summary>The page, or for a request to the API the same explanation as RFC 9457 problem details.</summary>
    private IActionResult Describe(int? code)
    {
        // After an exception the handler has set the status already: 400 for a request the server
        // could not read (too many form fields, a malformed body), 500 for a fault of ours.
        Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        (Heading, Explanation) = Code switch
        {
            StatusCodes.Status400BadRequest => ("请求有误", "提交的内容无法识别，请返回上一页重试。"),
            StatusCodes.Status401Unauthorized => ("未登录", "请先登录。"),
            StatusCodes.Status403Forbidden => ("无权访问", "您没有查看或操作此内容的权限。"),
            StatusCodes.Status404NotFound => ("找不到该页面", "您要找的申报表或页面不存在，可能已被删除或地址有误。"),
            StatusCodes.Status405MethodNotAllowed => ("不支持的操作", "此页面不支持该操作方式。"),
            StatusCodes.Status415UnsupportedMediaType => ("内容类型不受支持", "请以 Content-Type: application/json 发送 JSON。"),
            StatusCodes.Status413PayloadTooLarge => ("提交的内容过大", "一次提交的内容超过了系统的上限，请减少内容后重试。"),
            StatusCodes.Status429TooManyRequests => ("请求过于频繁", "短时间内的请求次数超过了上限，请一分钟后再试。"),
            _ when Code >= 500 => ("系统出错了", "处理请求时发生错误，已记录日志。请稍后重试，或联系系统管理员。"),
            _ => ("请求未完成", "请返回上一页重试。"),
        };
        var problemType = Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is AlteredVersionException altered)
        {
            (Heading, Explanation, problemType) = ("版本内容与其哈希不符", altered.Message, "version-altered");
        }

        if (code is not null)
        {
            Response.StatusCode = Code;
        }

        if (HttpContext.IsApiCall())
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = Code,
                Title = Heading,
                Detail = Code == StatusCodes.Status401Unauthorized
                    ? "请以访问令牌（Authorization: Bearer pt_…）或登录会话调用。令牌可能已过期或被吊销。"
                    : Explanation,
                Type = Api.ApiProblems.TypePrefix + problemType,
            })
            {
                StatusCode = Code,
                ContentTypes = { "application/problem+json" },
            };
        }

        return Page();
    }
}
