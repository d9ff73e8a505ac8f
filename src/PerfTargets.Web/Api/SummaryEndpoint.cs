using System.ComponentModel;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Summaries;
using PerfTargets.Web.Pages.Declarations;
using PerfTargets.Web.Summaries;

namespace PerfTargets.Web.Api;

/// <summary>GET /api/v1/summary: the 汇总表 the caller may see, as the page shows it, amounts in the unit asked for.</summary>
internal static class SummaryEndpoint
{
    public static async Task<IResult> GetAsync(HttpContext context, PerfTargetsDbContext db, string? year, string? department, string? unit, CancellationToken cancellationToken)
    {
        var (budgetYear, badYear) = DeclarationQueries.Number(year, "year", Core.Declarations.BudgetYears.Min, Core.Declarations.BudgetYears.Max);
        if (badYear is not null)
        {
            return badYear;
        }

        var moneyUnit = MoneyUnit.Yuan;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            if (Enum.GetValues<MoneyUnit>().Cast<MoneyUnit?>().FirstOrDefault(u => string.Equals(u.ToString(), unit.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } named)
            {
                return ApiProblems.InvalidParameter("unit", $"unit 只能是 {string.Join("、", Enum.GetNames<MoneyUnit>())} 之一，收到的是“{unit}”。");
            }

            moneyUnit = named;
        }

        int? departmentId = null;
        if (!string.IsNullOrWhiteSpace(department))
        {
            var code = department.Trim();
            // An unknown code sums nothing, as the list's department filter lists nothing: no department has id 0.
            departmentId = await db.Departments.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken) ?? 0;
        }

        var table = await db.SummaryForAsync(context.User, new ListFilter(budgetYear, departmentId), cancellationToken);
        return Results.Ok(Document(table, moneyUnit));
    }

    private static SummaryDocument Document(SummaryTable table, MoneyUnit unit)
    {
        var sections = table.Columns.Where(c => c.Drill.AwaitingSectionId is not null)
            .Select(c => new SummarySection(c.Drill.AwaitingSectionId!.Value, c.Heading)).ToList();
        return new SummaryDocument(unit, sections, table.Rows.Select(row =>
        {
            var f = row.Figures;
            return new SummaryLine(
                row.Kind.ToString().ToLowerInvariant(), row.Depth, row.Label, row.BudgetYear, row.Department?.Code, row.Supervisor?.Code,
                f.Count, f.InState(FilingState.Draft), f.InState(FilingState.Returned),
                sections.Select(s => new SectionCount(s.Id, f.AwaitingSection(s.Id))).ToList(), f.InState(FilingState.Approved),
                new SummaryFunding(unit.InUnit(f.Annual.Total ?? 0m), unit.InUnit(f.Annual.Fiscal ?? 0m), unit.InUnit(f.Annual.FiscalSuperior ?? 0m),
                    unit.InUnit(f.Annual.FiscalLocal ?? 0m), unit.InUnit(f.Annual.FiscalSubordinate ?? 0m), unit.InUnit(f.Annual.Other ?? 0m)),
                unit.InUnit(f.MidTermTotal), f.Indicators, f.QuantitativeIndicators, f.Errors, f.Warnings);
        }).ToList());
    }
}

/// <summary>汇总表：先合计，再按预算年度（倒序）、主管部门与单位逐行汇总。</summary>
internal sealed record SummaryDocument(
    [property: Description("金额单位（Yuan 元、TenThousandYuan 万元）；本文档的金额均以此单位计")] MoneyUnit Unit,
    [property: Description("待审列的审核科室，按审核顺序")] IReadOnlyList<SummarySection> Sections,
    [property: Description("汇总行：total 合计、year 年度小计、supervisor 主管部门小计、department 单位")] IReadOnlyList<SummaryLine> Rows);

/// <summary>审核科室。</summary>
internal sealed record SummarySection(
    [property: Description("科室 id")] int Id,
    [property: Description("列名，如“待业务股室审核”")] string Heading);

/// <summary>汇总表的一行。</summary>
internal sealed record SummaryLine(
    [property: Description("行的种类：total、year、supervisor、department")] string Kind,
    [property: Description("层级：合计 0、年度 1、主管部门或单位 2、主管部门下的单位 3")] int Depth,
    [property: Description("行名，如“2022年 小计”、单位名称")] string Label,
    [property: Description("预算年度；合计行为 null")] int? BudgetYear,
    [property: Description("单位编码（单位行）")] string? DepartmentCode,
    [property: Description("主管部门编码（主管部门小计行及其下属单位行）")] string? SupervisorCode,
    [property: Description("申报份数")] int Count,
    [property: Description("草稿份数（不含已退回）")] int Draft,
    [property: Description("已退回份数")] int Returned,
    [property: Description("各审核科室待审份数")] IReadOnlyList<SectionCount> Awaiting,
    [property: Description("已批复份数")] int Approved,
    [property: Description("年度资金（按来源）")] SummaryFunding Annual,
    [property: Description("中期资金总额")] decimal MidTermTotal,
    [property: Description("三级指标数")] int Indicators,
    [property: Description("其中定量指标数")] int QuantitativeIndicators,
    [property: Description("校验错误数")] int Errors,
    [property: Description("校验提示数")] int Warnings);

/// <summary>某审核科室的待审份数。</summary>
internal sealed record SectionCount(
    [property: Description("科室 id")] int SectionId,
    [property: Description("待审份数")] int Count);

/// <summary>年度资金，按来源；未填的按 0 计。</summary>
internal sealed record SummaryFunding(
    [property: Description("资金总额")] decimal Total,
    [property: Description("财政拨款")] decimal Fiscal,
    [property: Description("其中：上级财政拨款")] decimal FiscalSuperior,
    [property: Description("本级财政安排")] decimal FiscalLocal,
    [property: Description("下级财政配套")] decimal FiscalSubordinate,
    [property: Description("其他资金")] decimal Other);
