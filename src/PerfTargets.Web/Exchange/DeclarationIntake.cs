using System.Security.Claims;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Exchange;

/// <summary>
/// Makes a received declaration document (API or imported file) ready to store for one user: its
/// department and framework resolved from their codes or ids and checked against the user's scope,
/// its rows' ids checked and its rows numbered in document order, and the storage limits applied.
/// </summary>
public sealed class DeclarationIntake(PerfTargetsDbContext db)
{
    /// <summary>
    /// The declaration to store, or why not: <see cref="Intake.Errors"/> by member (400), or
    /// <see cref="Intake.Forbidden"/> when it names a department the user does not fill for (403).
    /// <paramref name="replacing"/> is the stored declaration a replacement is for.
    /// </summary>
    public async Task<Intake> ReadAsync(ReceivedDeclaration document, ClaimsPrincipal user, Declaration? replacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var declaration = document.Declaration;
        declaration.Id = 0; // a document's id is another row's, or another deployment's: identity is never taken from it
        var errors = new Dictionary<string, string[]>();
        if (!document.Names("budgetYear") || !BudgetYears.Contains(declaration.BudgetYear))
        {
            errors["$.budgetYear"] = [$"请给出预算年度 budgetYear（{BudgetYears.Span}）。"];
        }

        if (string.IsNullOrWhiteSpace(declaration.ProjectName))
        {
            errors["$.projectName"] = ["请给出项目名称 projectName。"];
        }

        var (departmentId, departmentError) = await DepartmentAsync(document, user, cancellationToken);
        if (departmentError is { } forbidden)
        {
            return new Intake(null, null, errors, forbidden);
        }

        if (departmentId is null)
        {
            errors[document.DepartmentCode is null ? "$.departmentId" : "$.departmentCode"] = [document.DepartmentCode is { } code
                ? $"没有编码为“{code}”的单位。"
                : "没有该 departmentId 的单位。"];
        }
        else
        {
            declaration.DepartmentId = departmentId.Value;
        }

        var framework = await FrameworkAsync(document, cancellationToken);
        if (framework is null)
        {
            errors[document.FrameworkCode is null && declaration.FrameworkId > 0 ? "$.frameworkId" : "$.frameworkCode"] = [document.FrameworkCode is { } code
                ? $"没有代码为“{code}”的指标体系。"
                : declaration.FrameworkId > 0 ? "没有该 frameworkId 的指标体系。"
                : NoDefaultFramework(declaration.BudgetYear)];
        }
        else
        {
            declaration.FrameworkId = framework.Id;
        }

        CheckRows(declaration.BudgetLines, l => l.Id, "budgetLines", replacing?.BudgetLines.Select(l => l.Id), errors);
        CheckRows(declaration.Indicators, i => i.Id, "indicators", replacing?.Indicators.Select(i => i.Id), errors);
        CheckRows(declaration.Safeguards, s => s.Id, "safeguards", replacing?.Safeguards.Select(s => s.Id), errors);
        if (errors.Count == 0)
        {
            foreach (var problem in DeclarationCheck.StorageProblems(declaration))
            {
                errors.TryAdd("$." + problem.Path, [problem.Message]);
            }
        }

        // Rows are rewritten whole on every save, as the editor does; the document's order numbers them.
        Renumber(declaration);
        return new Intake(errors.Count == 0 ? declaration : null, framework, errors, null);
    }

    /// <summary>
    /// The department a document names by code (first) or id, else the user's own; null when the
    /// named one does not exist.
    /// </summary>
    public async Task<int?> FindDepartmentAsync(ReceivedDeclaration document, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(user);
        return document.DepartmentCode is { } code
            ? await db.Departments.Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken)
            : document.Declaration.DepartmentId > 0
                ? await db.Departments.Where(d => d.Id == document.Declaration.DepartmentId).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken)
                : user.DepartmentId();
    }

    private async Task<(int? Id, string? Forbidden)> DepartmentAsync(ReceivedDeclaration document, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = await FindDepartmentAsync(document, user, cancellationToken);
        if (id is { } found && !user.CanWorkFor(found))
        {
            return (null, "只能为本单位填报申报表：文档中的单位（departmentCode/departmentId）不是您所在的单位。");
        }

        return (id, null);
    }

    /// <summary>Why no framework was found for a document naming none: its year has no default, or it names no year to take one from.</summary>
    public static string NoDefaultFramework(int budgetYear) => BudgetYears.Contains(budgetYear)
        ? $"未指定指标体系（frameworkCode），{budgetYear} 年度也没有默认指标体系。"
        : "未指定指标体系（frameworkCode），预算年度（budgetYear）也未填写或无效，无法选用该年度的默认指标体系。";

    /// <summary>The framework a document names by code or id, else its year's default; null when there is none.</summary>
    public async Task<IndicatorFramework?> FrameworkAsync(ReceivedDeclaration document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.FrameworkCode is { } code)
        {
            return await db.FindFrameworkAsync(code, cancellationToken);
        }

        var year = document.Declaration.BudgetYear;
        var id = document.Declaration.FrameworkId > 0
            ? document.Declaration.FrameworkId
            : await db.BudgetYearSettings.Where(s => s.Year == year).Select(s => (int?)s.DefaultFrameworkId).SingleOrDefaultAsync(cancellationToken);
        return id is { } known ? await db.FindFrameworkAsync(known, cancellationToken) : null;
    }

    /// <summary>
    /// A row's id, when given, names one row: no two rows of a list may share it, and a replacement
    /// may name only rows of the declaration it replaces (never another department's).
    /// </summary>
    private static void CheckRows<T>(List<T> rows, Func<T, int> id, string list, IEnumerable<int>? own, Dictionary<string, string[]> errors)
    {
        var ownIds = own?.ToHashSet() ?? [];
        var seen = new HashSet<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowId = id(rows[i]);
            if (rowId == 0)
            {
                continue;
            }

            var member = $"$.{list}[{i}].id";
            if (rowId < 0 || !seen.Add(rowId))
            {
                errors.TryAdd(member, [rowId < 0 ? $"行 id {rowId} 无效。" : $"行 id {rowId} 重复：同一列表中每行的 id 须不同（新行可省略 id）。"]);
            }
            else if (own is not null && !ownIds.Contains(rowId))
            {
                errors.TryAdd(member, [$"行 id {rowId} 不属于该申报表：修改时只能引用本申报表已有的行，新行请省略 id。"]);
            }
        }
    }

    private static void Renumber(Declaration declaration)
    {
        declaration.BudgetLines.ForEach(line => line.Id = 0);
        declaration.Indicators.ForEach(indicator => indicator.Id = 0);
        declaration.Safeguards.ForEach(safeguard => safeguard.Id = 0);
        declaration.NumberRowsInOrder();
    }
}

/// <summary>What became of a received document: the declaration to store, or the errors by member, or a refusal.</summary>
public sealed record Intake(Declaration? Declaration, IndicatorFramework? Framework, IReadOnlyDictionary<string, string[]> Errors, string? Forbidden);
