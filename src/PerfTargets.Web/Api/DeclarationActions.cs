using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Api;

/// <summary>The workflow through the API — 提交, 撤回, 审核通过（盖章）, 退回, 开启调整 — by the same <see cref="DeclarationReviews"/> as the pages.</summary>
internal static class DeclarationActions
{
    public static Task<IResult> SubmitAsync(HttpContext context, PerfTargetsDbContext db, DeclarationReviews reviews, AuditTrail audit, int id, CancellationToken cancellationToken) =>
        FilerActAsync(context, db, audit, id, "提交", (stamp, actor) => reviews.SubmitAsync(id, stamp, actor, cancellationToken), cancellationToken);

    public static Task<IResult> WithdrawAsync(HttpContext context, PerfTargetsDbContext db, DeclarationReviews reviews, AuditTrail audit, int id, CancellationToken cancellationToken) =>
        FilerActAsync(context, db, audit, id, "撤回", (stamp, actor) => reviews.WithdrawAsync(id, stamp, actor, cancellationToken), cancellationToken);

    public static Task<IResult> ApproveAsync(HttpContext context, PerfTargetsDbContext db, DeclarationReviews reviews, AuditTrail audit, int id, CancellationToken cancellationToken) =>
        DecideAsync(context, db, reviews, audit, id, approve: true, cancellationToken);

    public static Task<IResult> ReturnAsync(HttpContext context, PerfTargetsDbContext db, DeclarationReviews reviews, AuditTrail audit, int id, CancellationToken cancellationToken) =>
        DecideAsync(context, db, reviews, audit, id, approve: false, cancellationToken);

    /// <summary>开启调整: the reason is the body's; a missing or unfit one is answered at $.reason.</summary>
    public static async Task<IResult> OpenAdjustmentAsync(HttpContext context, PerfTargetsDbContext db, DeclarationReviews reviews, int id, CancellationToken cancellationToken)
    {
        if (ApiAccess.FilersOnly(context, "调整") is { } forbidden)
        {
            return forbidden;
        }

        var (body, stamp, problem) = await WorkflowRequest.ReadStampedAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await reviews.OpenAdjustmentAsync(id, stamp, body!.Reason, context.Actor(), cancellationToken);
        return outcome is { Done: false, Reason: WorkflowRefusal.Incomplete }
            ? ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.reason"] = [outcome.Refusal!] })
            : await AnswerAsync(context, db, id, outcome, cancellationToken);
    }

    private static async Task<IResult> FilerActAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, int id, string attempted,
        Func<Guid, Core.Auditing.AuditActor, Task<WorkflowOutcome>> action, CancellationToken cancellationToken)
    {
        if (ApiAccess.FilersOnly(context, attempted) is { } forbidden)
        {
            return forbidden;
        }

        var (_, stamp, problem) = await WorkflowRequest.ReadStampedAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await AnswerAsync(context, db, id, await action(stamp, context.Actor()), cancellationToken);
    }

    private static async Task<IResult> DecideAsync(HttpContext context, PerfTargetsDbContext db, DeclarationReviews reviews, AuditTrail audit, int id, bool approve, CancellationToken cancellationToken)
    {
        if (ApiAccess.ReviewersOnly(context, approve ? "审核通过" : "退回") is { } forbidden)
        {
            return forbidden;
        }

        var (_, access) = await ApiAccess.VisibleAsync(context, db, audit, id, "审核", cancellationToken);
        if (access is not null)
        {
            return access;
        }

        var (body, stamp, problem) = await WorkflowRequest.ReadStampedAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Version is not { } number)
        {
            return ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.version"] = ["请给出所审核的版本号 version（申报表的 workflow.versionCount）。"] });
        }

        var versionId = await db.DeclarationVersions.Where(v => v.DeclarationId == id && v.Number == number).Select(v => (int?)v.Id).SingleOrDefaultAsync(cancellationToken);
        if (versionId is null)
        {
            return ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.version"] = [$"该申报表没有第 {number} 版。"] });
        }

        var outcome = approve
            ? await reviews.ApproveAsync(id, versionId.Value, stamp, body.Opinion, context.Actor(), cancellationToken)
            : await reviews.ReturnAsync(id, versionId.Value, stamp, body.Opinion, context.Actor(), cancellationToken);
        if (!outcome.Done && outcome.Reason == WorkflowRefusal.Incomplete && !approve)
        {
            return ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.opinion"] = [outcome.Refusal!] });
        }

        return await AnswerAsync(context, db, id, outcome, cancellationToken);
    }

    /// <summary>The declaration as it now stands, or the refusal in the status that fits it.</summary>
    private static async Task<IResult> AnswerAsync(HttpContext context, PerfTargetsDbContext db, int id, WorkflowOutcome outcome, CancellationToken cancellationToken)
    {
        var declaration = await db.FindDeclarationAsync(id, cancellationToken);
        if (declaration is null || (!outcome.Done && outcome.Reason == WorkflowRefusal.NotYours))
        {
            return ApiProblems.NotFound(); // the workflow recorded the refusal
        }

        if (outcome.Done)
        {
            return Results.Ok(await DeclarationResource.LoadAsync(db, context.RequestServices.GetRequiredService<FrozenVersions>(), declaration, null, cancellationToken));
        }

        if (outcome.Reason == WorkflowRefusal.Invalid)
        {
            declaration.PutInFormOrder();
            return ApiProblems.RuleErrors(outcome.Refusal!, await db.ProblemsAsync(declaration, cancellationToken: cancellationToken));
        }

        return ApiProblems.Conflict(outcome.Reason switch
        {
            WorkflowRefusal.StaleVersion => "stale",
            WorkflowRefusal.Incomplete => "not-ready",
            _ => "wrong-state",
        }, outcome.Refusal!);
    }
}
