using PerfTargets.Core.Validation;
using PerfTargets.Data.Queries;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Api;

/// <summary>
/// <c>POST /api/v1/declarations/validate</c> (and its first address, <c>/api/declarations/validate</c>):
/// checks a declaration document against the validation rules without saving it, for budget
/// systems that prepare declarations elsewhere. The document is a declaration as the domain holds
/// it, naming its framework and department by code (<c>frameworkCode</c>, <c>departmentCode</c>) or by id.
/// </summary>
internal static class DeclarationValidationEndpoint
{
    public const string Route = "/api/declarations/validate";

    public static async Task<IResult> ValidateAsync(HttpRequest request, DeclarationIntake intake, PerfTargetsDbContext db, CancellationToken cancellationToken)
    {
        var (document, problem) = await DeclarationBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var declaration = document!.Declaration;
        // Validation judges any department's document (it stores nothing), so the scope of a filer is not applied.
        var departmentId = await intake.FindDepartmentAsync(document, request.HttpContext.User, cancellationToken);
        if (departmentId is null && document.DepartmentCode is { } departmentCode)
        {
            return UnknownMember("$.departmentCode", $"没有编码为“{departmentCode}”的单位。");
        }

        if (departmentId is { } found)
        {
            declaration.DepartmentId = found;
        }

        var framework = await intake.FrameworkAsync(document, cancellationToken);
        if (framework is null)
        {
            return UnknownMember("$.frameworkCode", document.FrameworkCode is { } code
                ? $"没有代码为“{code}”的指标体系。"
                : DeclarationIntake.NoDefaultFramework(declaration.BudgetYear));
        }

        var problems = DeclarationCheck.Problems(declaration, framework, await db.RuleSettingsAsync(cancellationToken: cancellationToken));
        var count = ProblemCount.Of(problems);
        return Results.Ok(new ValidationReport(count.Errors == 0, count.Errors, count.Warnings, framework.Code,
            ApiProblems.Describe(problems).ToList()));
    }

    private static IResult UnknownMember(string member, string message) =>
        ApiProblems.Invalid("申报表文档引用了不存在的数据", new Dictionary<string, string[]> { [member] = [message] });
}

/// <summary>校验结果：不保存，只列出规则发现的问题。</summary>
internal sealed record ValidationReport(
    [property: System.ComponentModel.Description("是否没有错误（可提交）")] bool Valid,
    [property: System.ComponentModel.Description("错误数")] int ErrorCount,
    [property: System.ComponentModel.Description("提示数")] int WarningCount,
    [property: System.ComponentModel.Description("所用指标体系的代码")] string FrameworkCode,
    [property: System.ComponentModel.Description("问题：rule 规则代码、severity（error/warning）、path 字段路径、message 说明")] IReadOnlyList<object> Problems);
