using System.ComponentModel;
using System.Globalization;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Exchange;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Api;

/// <summary>The API's reads: the list, one declaration or version, its versions, its audit events and its PDF.</summary>
internal static class DeclarationQueries
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public static async Task<IResult> ListAsync(HttpContext context, PerfTargetsDbContext db,
        string? year, string? department, string? status, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (budgetYear, badYear) = Number(year, "year", BudgetYears.Min, BudgetYears.Max);
        var (number, badPage) = Number(page, "page", 1, int.MaxValue);
        var (size, badSize) = Number(pageSize, "pageSize", 1, MaxPageSize);
        if ((badYear ?? badPage ?? badSize) is { } badNumber)
        {
            return badNumber;
        }

        FilingState? state = null;
        if (status is not null)
        {
            if (!FilingStates.TryParse(status, out var known))
            {
                return ApiProblems.InvalidParameter("status", $"status 只能是 {string.Join("、", FilingStates.All.Select(s => s.Word()))} 之一，收到的是“{status}”。");
            }

            state = known;
        }

        var chain = await db.LoadChainAsync(cancellationToken);
        var query = db.Declarations.VisibleTo(context.User, chain);
        if (budgetYear is { } onlyYear)
        {
            query = query.Where(d => d.BudgetYear == onlyYear);
        }

        if (!string.IsNullOrWhiteSpace(department))
        {
            var code = department.Trim();
            query = query.Where(d => db.Departments.Any(dept => dept.Id == d.DepartmentId && dept.Code == code));
        }

        if (state is { } onlyState)
        {
            query = query.WhereState(onlyState);
        }

        var (shown, from) = (size ?? DefaultPageSize, number ?? 1);
        var total = await query.CountAsync(cancellationToken);
        var rows = await db.ListPageAsync(query, from, shown, total, cancellationToken);
        var items = rows.Select(r => new DeclarationSummary(
            r.Id, r.BudgetYear, r.ProjectName, r.DepartmentCode, r.DepartmentName,
            DeclarationResource.State(r.Status, r.Review), WorkflowStatus.Describe(r.Status, r.Review, chain),
            r.Review.VersionCount, r.AnnualTotal, r.MoneyUnit,
            r.Problems.Errors, r.Problems.Warnings, r.UpdatedAt, r.ConcurrencyStamp)).ToList();
        return Results.Ok(new DeclarationPage(from, shown, total, items));
    }

    public static async Task<IResult> GetAsync(HttpContext context, PerfTargetsDbContext db, FrozenVersions frozen, AuditTrail audit, int id, string? version, CancellationToken cancellationToken)
    {
        var (versionNumber, badVersion) = Number(version, "version", 1, int.MaxValue);
        if (badVersion is not null)
        {
            return badVersion;
        }

        var (declaration, problem) = await ApiAccess.VisibleAsync(context, db, audit, id, "查看", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var document = await DeclarationResource.LoadAsync(db, frozen, declaration!, versionNumber, cancellationToken);
        if (document is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "version-not-found", "没有该版本",
                $"该申报表没有第 {version} 版（共 {declaration!.Review.VersionCount} 版）。", new() { ["member"] = "version" });
        }

        context.Response.Headers.ETag = $"\"{declaration!.ConcurrencyStamp}\"";
        return Results.Json(document, ExchangeJson.Write);
    }

    public static async Task<IResult> VersionsAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, int id, CancellationToken cancellationToken)
    {
        var (_, problem) = await ApiAccess.VisibleAsync(context, db, audit, id, "查看", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var versions = await db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == id).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.ContentHash, v.SubmittedAt, v.SubmittedBy }).ToListAsync(cancellationToken);
        return Results.Ok(versions.Select(v => new VersionSummary(v.Number, v.ContentHash, new DateTimeOffset(DateTime.SpecifyKind(v.SubmittedAt, DateTimeKind.Utc)), v.SubmittedBy)).ToList());
    }

    public static async Task<IResult> AuditAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, int id, CancellationToken cancellationToken)
    {
        var (_, problem) = await ApiAccess.VisibleAsync(context, db, audit, id, "查看审计记录", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // Client addresses are the admin's to read, as on the 审计日志 page.
        var withAddress = context.User.IsAdmin();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.DeclarationId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return Results.Ok(entries.Select(e => new AuditEvent(
            e.Sequence, new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)), e.Action.ToString(), e.Action.Label(),
            e.UserName, e.VersionHash, e.Detail, withAddress ? e.Ip : null)).ToList());
    }

    public static async Task<IResult> PdfAsync(HttpContext context, PerfTargetsDbContext db, AuditTrail audit, DeclarationPrints prints, PrintLayouts layouts, DeclarationPdfs pdfs,
        int id, string? layout, string? download, string? omitEmpty, CancellationToken cancellationToken)
    {
        if (!bool.TryParse(string.IsNullOrWhiteSpace(omitEmpty) ? bool.FalseString : omitEmpty.Trim(), out var omit))
        {
            return ApiProblems.InvalidParameter("omitEmpty", $"omitEmpty 应为 true 或 false，收到的是“{omitEmpty}”。");
        }

        var (declaration, problem) = await ApiAccess.VisibleAsync(context, db, audit, id, "打印", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await layouts.ChooseAsync(layout, cancellationToken) is not { } chosen)
        {
            return ApiProblems.InvalidParameter("layout", $"没有打印格式“{layout}”。可用：{string.Join("、", LayoutCatalog.All.Select(l => $"{l.Key}（{l.Name}）"))}。");
        }

        var options = new PrintOptions { OmitEmptyLevel2s = omit };
        return PdfFile.Of(pdfs, chosen, await prints.LoadAsync(declaration!, context.Request.BaseUrl(), options, cancellationToken), download);
    }

    /// <summary>A whole-number query parameter within its range; absent is null, anything else a 400 naming it.</summary>
    internal static (int? Value, IResult? Problem) Number(string? text, string parameter, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? (value, null)
            : (null, ApiProblems.InvalidParameter(parameter, max == int.MaxValue
                ? $"{parameter} 应为不小于 {min} 的整数，收到的是“{text}”。"
                : $"{parameter} 应为 {min} 到 {max} 之间的整数，收到的是“{text}”。"));
    }
}

/// <summary>一页申报表列表。</summary>
internal sealed record DeclarationPage(
    [property: Description("页码，从 1 起")] int Page,
    [property: Description("每页条数")] int PageSize,
    [property: Description("符合条件的申报表总数")] int TotalCount,
    [property: Description("本页的申报表")] IReadOnlyList<DeclarationSummary> Items);

/// <summary>申报表列表中的一行。</summary>
internal sealed record DeclarationSummary(
    [property: Description("申报表 id")] int Id,
    [property: Description("预算年度")] int BudgetYear,
    [property: Description("项目名称")] string ProjectName,
    [property: Description("填报单位编码")] string DepartmentCode,
    [property: Description("填报单位名称")] string DepartmentName,
    [property: Description("申报状态：draft 草稿、returned 已退回、submitted 审核中、approved 已批复")] string State,
    [property: Description("状态说明，如“待业务股室审核”")] string StateText,
    [property: Description("已提交的版本数")] int VersionCount,
    [property: Description("年度资金总额（元）")] decimal? AnnualTotal,
    [property: Description("金额单位")] MoneyUnit MoneyUnit,
    [property: Description("校验错误数")] int ErrorCount,
    [property: Description("校验提示数")] int WarningCount,
    [property: Description("最后修改时间")] DateTimeOffset UpdatedAt,
    [property: Description("并发标记")] Guid ConcurrencyStamp);

/// <summary>申报版本（提交时冻结）。</summary>
internal sealed record VersionSummary(
    [property: Description("第几版")] int Number,
    [property: Description("内容的 SHA-256")] string ContentHash,
    [property: Description("提交时间")] DateTimeOffset SubmittedAt,
    [property: Description("提交人")] string SubmittedBy);

/// <summary>审计日志中关于该申报表的一条记录。</summary>
internal sealed record AuditEvent(
    [property: Description("审计链序号")] long Sequence,
    [property: Description("时间")] DateTimeOffset At,
    [property: Description("操作代码")] string Action,
    [property: Description("操作")] string ActionText,
    [property: Description("用户名")] string UserName,
    [property: Description("涉及版本的 SHA-256")] string? VersionHash,
    [property: Description("说明")] string Detail,
    [property: Description("客户端地址（仅管理员可见）")] string? Ip);
