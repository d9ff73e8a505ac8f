using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Reports;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Api;

/// <summary>
/// 运行监控 and 自评 through the API — list, read, open, save, submit, approve and return — by the same
/// <see cref="ReportDesk"/> as the report pages, with their access rules: a report out of the caller's
/// sight is answered 404 as one that does not exist.
/// </summary>
internal static class ReportEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, ReportDesk desk, int id, CancellationToken cancellationToken)
    {
        var (_, access) = await ApiAccess.VisibleAsync(context, db, audit, id, "查看报告", cancellationToken);
        if (access is not null)
        {
            return access;
        }

        var actor = context.Actor();
        var visible = new HashSet<int>();
        foreach (var report in await desk.OfDeclarationAsync(id, cancellationToken))
        {
            if (await desk.MaySeeAsync(report, actor, cancellationToken))
            {
                visible.Add(report.Id);
            }
        }

        var glances = await desk.GlancesAsync(id, cancellationToken);
        return Results.Ok(glances.Where(g => visible.Contains(g.ReportId))
            .Select(g => new ReportSummary(g.ReportId, g.Kind, g.AsOf, g.Title, g.Status, g.Signal, g.Total, g.Grade)).ToList());
    }

    public static Task<IResult> GetAsync(HttpContext context, ReportDesk desk, int id, int reportId, CancellationToken cancellationToken) =>
        ResourceAsync(context, desk, id, reportId, cancellationToken);

    public static async Task<IResult> OpenAsync(HttpContext context, ReportDesk desk, int id, CancellationToken cancellationToken)
    {
        if (ApiAccess.FilersOnly(context, "新建报告于") is { } forbidden)
        {
            return forbidden;
        }

        var (body, problem) = await ApiBody.ReadStrictAsync<ReportOpenRequest>(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (report, refusal) = await desk.OpenAsync(id, body!.Kind, body.AsOf, context.Actor(), cancellationToken);
        if (report is null)
        {
            return refusal == ReportDesk.NotYours ? ApiProblems.NotFound() : ApiProblems.Conflict("wrong-state", refusal!);
        }

        var (reading, missing) = await FindAsync(context, desk, id, report.Id, cancellationToken);
        return missing ?? Results.Created($"{ApiV1.Prefix}/declarations/{id}/reports/{report.Id}", ResourceOf(context, reading!));
    }

    public static async Task<IResult> SaveAsync(HttpContext context, ReportDesk desk, int id, int reportId, CancellationToken cancellationToken)
    {
        if (ApiAccess.FilersOnly(context, "修改报告于") is { } forbidden)
        {
            return forbidden;
        }

        var (reading, missing) = await FindAsync(context, desk, id, reportId, cancellationToken);
        if (missing is not null)
        {
            return missing;
        }

        var (body, problem) = await ApiBody.ReadStrictAsync<ReportSaveRequest>(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (WorkflowRequest.StampOf(context.Request, body!.ConcurrencyStamp) is not { } stamp)
        {
            return ApiProblems.StampRequired();
        }

        var (answers, errors) = body.ToForm().Read(reading!.Approved);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid("请求体有误", errors.GroupBy(e => "$." + DeclarationCheck.CamelCasePath(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        return await desk.SaveAsync(reportId, stamp, answers, context.Actor(), cancellationToken) is { } refusal
            ? ApiProblems.Conflict("wrong-state", refusal)
            : await GetAsync(context, desk, id, reportId, cancellationToken);
    }

    public static async Task<IResult> SubmitAsync(HttpContext context, ReportDesk desk, int id, int reportId, CancellationToken cancellationToken)
    {
        if (ApiAccess.FilersOnly(context, "提交报告于") is { } forbidden)
        {
            return forbidden;
        }

        if ((await FindAsync(context, desk, id, reportId, cancellationToken)).Problem is { } missing)
        {
            return missing;
        }

        var (_, stamp, problem) = await WorkflowRequest.ReadStampedAsync(context.Request, cancellationToken);
        return problem ?? await AnswerAsync(context, desk, id, reportId, await desk.SubmitAsync(reportId, stamp, context.Actor(), cancellationToken), cancellationToken);
    }

    public static Task<IResult> ApproveAsync(HttpContext context, PerfTargetsDbContext db, ReportDesk desk, int id, int reportId, CancellationToken cancellationToken) =>
        DecideAsync(context, db, desk, id, reportId, approve: true, cancellationToken);

    public static Task<IResult> ReturnAsync(HttpContext context, PerfTargetsDbContext db, ReportDesk desk, int id, int reportId, CancellationToken cancellationToken) =>
        DecideAsync(context, db, desk, id, reportId, approve: false, cancellationToken);

    private static async Task<IResult> DecideAsync(HttpContext context, PerfTargetsDbContext db, ReportDesk desk, int id, int reportId, bool approve, CancellationToken cancellationToken)
    {
        if (ApiAccess.ReviewersOnly(context, approve ? "审核通过报告" : "退回报告") is { } forbidden)
        {
            return forbidden;
        }

        if ((await FindAsync(context, desk, id, reportId, cancellationToken)).Problem is { } missing)
        {
            return missing;
        }

        var (body, stamp, problem) = await WorkflowRequest.ReadStampedAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var versionId = body!.Version is { } number
            ? await db.ReportVersions.Where(v => v.ReportId == reportId && v.Number == number).Select(v => (int?)v.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (versionId is null)
        {
            return ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.version"] = ["请给出所审核的报告版本号 version（报告的 version）。"] });
        }

        var outcome = approve
            ? await desk.ApproveAsync(reportId, versionId.Value, stamp, body.Opinion, context.Actor(), cancellationToken)
            : await desk.ReturnAsync(reportId, versionId.Value, stamp, body.Opinion, context.Actor(), cancellationToken);
        return !outcome.Done && outcome.Reason == WorkflowRefusal.Incomplete && !approve
            ? ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$.opinion"] = [outcome.Refusal!] })
            : await AnswerAsync(context, desk, id, reportId, outcome, cancellationToken);
    }

    /// <summary>The report as it now stands, or the refusal in the status that fits it.</summary>
    private static async Task<IResult> AnswerAsync(HttpContext context, ReportDesk desk, int id, int reportId, WorkflowOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Done)
        {
            return await GetAsync(context, desk, id, reportId, cancellationToken);
        }

        return outcome.Reason switch
        {
            WorkflowRefusal.NotYours => ApiProblems.NotFound(),
            WorkflowRefusal.Invalid => ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "invalid", "报告仍有错误", outcome.Refusal),
            WorkflowRefusal.StaleVersion => ApiProblems.Conflict("stale", outcome.Refusal!),
            WorkflowRefusal.Incomplete => ApiProblems.Conflict("not-ready", outcome.Refusal!),
            _ => ApiProblems.Conflict("wrong-state", outcome.Refusal ?? "该报告已被他人处理，请重新读取。"),
        };
    }

    /// <summary>The report of declaration <paramref name="id"/> if the caller may see it; else 404, or 409 when its frozen content was altered.</summary>
    private static async Task<(ReportReading? Reading, IResult? Problem)> FindAsync(HttpContext context, ReportDesk desk, int id, int reportId, CancellationToken cancellationToken)
    {
        try
        {
            var reading = await desk.ReadAsync(reportId, context.Actor(), cancellationToken);
            return reading?.Report.DeclarationId == id ? (reading, null) : (null, ApiProblems.NotFound());
        }
        catch (AlteredVersionException e)
        {
            return (null, ApiProblems.Conflict("altered", e.Message));
        }
    }

    private static async Task<IResult> ResourceAsync(HttpContext context, ReportDesk desk, int id, int reportId, CancellationToken cancellationToken)
    {
        var (reading, problem) = await FindAsync(context, desk, id, reportId, cancellationToken);
        return problem ?? Results.Ok(ResourceOf(context, reading!));
    }

    /// <summary>The report as answered, its stamp as the ETag.</summary>
    private static ReportResource ResourceOf(HttpContext context, ReportReading reading)
    {
        context.Response.Headers.ETag = $"\"{reading.Report.ConcurrencyStamp}\"";
        return new ReportResource(reading.Report, reading.Report.Title, reading.ApprovedVersion.Number, reading.Version?.Number, reading.Version?.ContentHash);
    }
}
