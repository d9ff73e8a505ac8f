using System.ComponentModel;
using PerfTargets.Core.Publishing;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Publishing;

namespace PerfTargets.Web.Api;

/// <summary>公开 and 撤回公开: what the admin withholds as internal, or why the publication is withdrawn.</summary>
public sealed class PublicationRequest
{
    [Description("不公开的内部资料：项目情况中的栏目名（如 Plan 项目实施计划、Resources 资源投入和制度建设情况），可不填")]
    public List<string>? InternalFields { get; set; } = [];

    [Description("撤回公开的理由：撤回时必填，至多 500 字")]
    public string? Reason { get; set; }
}

/// <summary>
/// 公开 through the API — read, publish, withdraw — by the same <see cref="Publications"/> as the
/// declaration's page, for the admin only; each step is audited there.
/// </summary>
internal static class PublicationEndpoints
{
    public static async Task<IResult> GetAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, int id, CancellationToken cancellationToken)
    {
        var (_, access) = await ApiAccess.VisibleAsync(context, db, audit, id, "查看公开状态", cancellationToken);
        return access ?? (await Publications.OfAsync(db, id, cancellationToken) is { } publication ? Results.Ok(publication) : ApiProblems.NotFound());
    }

    public static Task<IResult> PublishAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, Publications publications, int id, CancellationToken cancellationToken) =>
        ActAsync(context, db, audit, id, "公开", body => publications.PublishAsync(id, body.InternalFields ?? [], context.Actor(), cancellationToken), cancellationToken);

    public static Task<IResult> WithdrawAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, Publications publications, int id, CancellationToken cancellationToken) =>
        ActAsync(context, db, audit, id, "撤回公开", body => publications.WithdrawAsync(id, body.Reason, context.Actor(), cancellationToken), cancellationToken);

    private static async Task<IResult> ActAsync(
        HttpContext context, PerfTargetsDbContext db, AuditTrail audit, int id, string attempted, Func<PublicationRequest, Task<string?>> act, CancellationToken cancellationToken)
    {
        if (!context.User.IsAdmin())
        {
            return ApiProblems.Forbidden($"只有系统管理员可以{attempted}申报表。");
        }

        var (_, access) = await ApiAccess.VisibleAsync(context, db, audit, id, attempted, cancellationToken);
        if (access is not null)
        {
            return access;
        }

        var (body, problem) = await ApiBody.ReadStrictAsync<PublicationRequest>(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var request = body!;
        var refusal = await act(request);
        if (refusal is not null && refusal == PublishingRules.ReasonProblem(request.Reason))
        {
            return ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.reason"] = [refusal] });
        }

        if (refusal is not null && refusal == PublishingRules.InternalFieldsProblem(request.InternalFields ?? []))
        {
            return ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.internalFields"] = [refusal] });
        }

        return refusal is null
            ? Results.Ok(await Publications.OfAsync(db, id, cancellationToken))
            : ApiProblems.Conflict("wrong-state", refusal);
    }
}
