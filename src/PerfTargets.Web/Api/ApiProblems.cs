using System.Globalization;
using PerfTargets.Core.Validation;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Api;

/// <summary>
/// The API's errors as RFC 9457 problem details (application/problem+json), in Chinese: a type URN
/// per kind of problem, a title, a detail, and the member at fault (<c>member</c>, a JSON path) or
/// the members (<c>errors</c>), or the validation rules' findings (<c>problems</c>).
/// </summary>
internal static class ApiProblems
{
    public const string TypePrefix = "urn:perftargets:problem:";

    public static IResult NotFound() =>
        Problem(StatusCodes.Status404NotFound, "not-found", "没有找到该申报表", "没有该申报表，或您无权查看。");

    public static IResult Forbidden(string detail, string? member = null) =>
        Problem(StatusCodes.Status403Forbidden, "forbidden", "无权执行此操作", detail, member is null ? null : new() { ["member"] = member });

    public static IResult Unreadable(UnreadableDeclarationException e) =>
        Problem(StatusCodes.Status400BadRequest, "unreadable-document", "申报表文档无法读取", e.Message, new() { ["member"] = e.Member });

    /// <summary>400 naming each member at fault, in order; <c>member</c> is the first.</summary>
    public static IResult Invalid(string title, IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, string.Join(" ", errors.Values.SelectMany(m => m)), title: title, type: TypePrefix + "invalid-document",
            extensions: new Dictionary<string, object?> { ["member"] = errors.Keys.FirstOrDefault() });

    public static IResult InvalidParameter(string parameter, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, message, title: "查询参数有误",
            type: TypePrefix + "invalid-parameter", extensions: new Dictionary<string, object?> { ["member"] = parameter });

    /// <summary>The rules refuse the action (提交 with errors left): 422 with every problem found.</summary>
    public static IResult RuleErrors(string detail, IReadOnlyList<ValidationProblem> problems) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "rule-errors", "申报表未通过校验", detail, new()
        {
            ["errorCount"] = problems.Count(p => p.IsError),
            ["problems"] = Describe(problems),
        });

    /// <summary>The state moved on since the client read it, or does not allow the action: 409.</summary>
    public static IResult Conflict(string type, string detail) =>
        Problem(StatusCodes.Status409Conflict, type, "操作与申报表的当前状态冲突", detail);

    public static IResult StampRequired() =>
        Problem(StatusCodes.Status428PreconditionRequired, "concurrency-stamp-required", "缺少或无法识别并发标记",
            "修改申报表须带上读取时得到的 concurrencyStamp：请求体成员 concurrencyStamp，或请求头 If-Match（如 If-Match: \"3f2a…\"，即读取时的值）。");

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "请求体过大",
            string.Create(CultureInfo.InvariantCulture, $"请求体不能超过 {limit:N0} 字节。"), new() { ["limit"] = limit });

    public static IResult UnsupportedMediaType() =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "请求内容须为 JSON", "请以 Content-Type: application/json 发送。");

    /// <summary>The rules' findings as the API writes them.</summary>
    public static IEnumerable<object> Describe(IEnumerable<ValidationProblem> problems) =>
        problems.Select(p => new { rule = p.Rule, severity = p.IsError ? "error" : "warning", path = p.Path, message = p.Message });

    public static IResult Problem(int status, string type, string title, string? detail = null, Dictionary<string, object?>? extensions = null) =>
        Results.Problem(detail, statusCode: status, title: title, type: TypePrefix + type, extensions: extensions);
}
