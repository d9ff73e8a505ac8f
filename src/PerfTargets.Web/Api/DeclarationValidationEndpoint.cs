using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data;

namespace PerfTargets.Web.Api;

/// <summary>
/// <c>POST /api/declarations/validate</c>: checks a declaration document against the validation
/// rules without saving it, for budget systems that prepare declarations elsewhere. The document
/// is a declaration as the domain holds it, naming its framework and department by code
/// (<c>frameworkCode</c>, <c>departmentCode</c>) or by id.
/// </summary>
internal static class DeclarationValidationEndpoint
{
    public const string Route = "/api/declarations/validate";

    public static void MapDeclarationValidation(this IEndpointRouteBuilder app) =>
        app.MapPost(Route, ValidateAsync);

    private static async Task<IResult> ValidateAsync(HttpRequest request, PerfTargetsDbContext db, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "请求内容须为 JSON", detail: "请以 Content-Type: application/json 发送申报表文档。");
        }

        DeclarationDocument document;
        try
        {
            document = await DeclarationDocument.ReadAsync(request.Body, cancellationToken);
        }
        catch (DeclarationDocumentException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "申报表文档无法读取", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["member"] = e.Member });
        }

        var declaration = document.Declaration;
        if (document.DepartmentCode is { } departmentCode)
        {
            var departmentId = await db.Departments.Where(d => d.Code == departmentCode).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
            if (departmentId is null)
            {
                return UnknownMember("departmentCode", $"没有编码为“{departmentCode}”的单位。");
            }

            declaration.DepartmentId = departmentId.Value;
        }

        var framework = await FindFrameworkAsync(db, document, cancellationToken);
        if (framework is null)
        {
            return UnknownMember("frameworkCode", document.FrameworkCode is { } code
                ? $"没有代码为“{code}”的指标体系。"
                : $"未指定指标体系（frameworkCode），{declaration.BudgetYear} 年度也没有默认指标体系。");
        }

        var problems = DeclarationCheck.Problems(declaration, framework);
        var count = ProblemCount.Of(problems);
        return Results.Ok(new
        {
            valid = count.Errors == 0,
            errorCount = count.Errors,
            warningCount = count.Warnings,
            frameworkCode = framework.Code,
            problems = problems.Select(p => new { rule = p.Rule, severity = p.IsError ? "error" : "warning", path = p.Path, message = p.Message }),
        });
    }

    private static async Task<IndicatorFramework?> FindFrameworkAsync(PerfTargetsDbContext db, DeclarationDocument document, CancellationToken cancellationToken)
    {
        var frameworks = db.IndicatorFrameworks.AsNoTracking();
        if (document.FrameworkCode is { } code)
        {
            return await frameworks.SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        }

        var year = document.Declaration.BudgetYear;
        var id = document.Declaration.FrameworkId > 0
            ? document.Declaration.FrameworkId
            : await db.BudgetYearSettings.Where(s => s.Year == year).Select(s => (int?)s.DefaultFrameworkId).SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await frameworks.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
    }

    private static IResult UnknownMember(string member, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [member] = [message] }, title: "申报表文档引用了不存在的数据");
}
