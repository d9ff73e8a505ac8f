using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Api;

/// <summary>
/// The body of a workflow action (提交, 撤回, 审核通过, 退回, 开启调整) and of a delete: the state the client
/// read, for a decision the version decided on and the opinion (审核意见), for 开启调整 the reason (调整原因).
/// </summary>
public sealed class WorkflowRequest
{
    /// <summary>并发标记: the declaration's concurrencyStamp as last read (or send it as If-Match).</summary>
    [Description("并发标记：读取申报表时得到的 concurrencyStamp（也可放在请求头 If-Match）")]
    public Guid? ConcurrencyStamp { get; set; }

    /// <summary>版本号: for 审核通过 and 退回, the number of the version decided on (workflow.versionCount).</summary>
    [Description("版本号：审核通过、退回时所审核的版本（workflow.versionCount）")]
    public int? Version { get; set; }

    /// <summary>审核意见: required to 退回.</summary>
    [Description("审核意见：退回时必填")]
    public string? Opinion { get; set; }

    /// <summary>调整原因: required to 开启调整, at most 500 characters.</summary>
    [Description("调整原因：开启调整时必填，至多 500 字")]
    public string? Reason { get; set; }

    /// <summary>
    /// The request's body (none is the same as <c>{}</c>) and the stamp it names (or If-Match), or
    /// the problem that answers instead (unreadable, too large, no stamp).
    /// </summary>
    internal static async Task<(WorkflowRequest? Request, Guid Stamp, IResult? Problem)> ReadStampedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadAsync(request, cancellationToken);
        return problem is not null ? (null, default, problem)
            : StampOf(request, body!.ConcurrencyStamp) is { } stamp ? (body, stamp, null)
            : (null, default, ApiProblems.StampRequired());
    }

    private static async Task<(WorkflowRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return (new WorkflowRequest(), null);
        }

        var (body, problem) = await ApiBody.ReadJsonAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            var read = JsonSerializer.Deserialize<WorkflowRequest>(body, ApiBody.StrictOptions) ?? new WorkflowRequest();
            var opinionProblem = TextCharacters.Problem(read.Opinion, "审核意见")
                ?? (read.Opinion?.Length > ReviewWorkflow.OpinionMaxLength ? $"审核意见不能超过 {ReviewWorkflow.OpinionMaxLength} 个字。" : null);
            if (opinionProblem is not null)
            {
                return (null, ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.opinion"] = [opinionProblem] }));
            }

            return (read, null);
        }
        catch (JsonException e)
        {
            var member = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
            var where = e.LineNumber is { } line ? $"第 {line + 1} 行第 {e.BytePositionInLine + 1} 个字节附近" : "请求体中";
            return (null, ApiProblems.Unreadable(new UnreadableDeclarationException(
                $"请求体无法读取：{where}（成员 {member}）。可用的成员为 concurrencyStamp、version、opinion、reason。", member, e)));
        }
    }

    /// <summary>The stamp from the body, else from If-Match (quoted or not, with or without W/).</summary>
    internal static Guid? StampOf(HttpRequest request, Guid? fromBody)
    {
        if (fromBody is not null)
        {
            return fromBody;
        }

        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return Guid.TryParse(header.Trim('"'), out var stamp) ? stamp : null;
    }
}
