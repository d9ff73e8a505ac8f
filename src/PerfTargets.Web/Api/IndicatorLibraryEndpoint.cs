using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Data;
using PerfTargets.Data.Library;

namespace PerfTargets.Web.Api;

/// <summary>GET /api/v1/indicators: the library's entries matching the words typed, for budget systems.</summary>
internal static class IndicatorLibraryEndpoint
{
    public static async Task<IResult> SearchAsync(PerfTargetsDbContext db, LibrarySearch search,
        string? query, string? level1, string? level2, string? framework, string? limit, CancellationToken cancellationToken)
    {
        if (query?.Trim().Length > LibraryQuery.MaxTextLength)
        {
            return ApiProblems.InvalidParameter("query", $"query 至多 {LibraryQuery.MaxTextLength} 个字符。");
        }

        var (count, badLimit) = DeclarationQueries.Number(limit, "limit", 1, LibraryQuery.MaxLimit);
        if (badLimit is not null)
        {
            return badLimit;
        }

        var frameworks = await db.IndicatorFrameworks.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Code, cancellationToken);
        if (!string.IsNullOrWhiteSpace(framework) && !frameworks.ContainsValue(framework.Trim()))
        {
            return ApiProblems.InvalidParameter("framework", $"没有编码为“{framework.Trim()}”的指标体系；可用的有：{string.Join("、", frameworks.Values.Order(StringComparer.Ordinal))}。");
        }

        var found = await search.FindAsync(new LibraryQuery(query, framework, level1, level2, count ?? LibraryQuery.DefaultLimit), cancellationToken);
        return Results.Ok(found.Select(e => Resource(e, frameworks[e.FrameworkId])).ToList());
    }

    private static IndicatorEntry Resource(LibraryEntry e, string frameworkCode) => new(
        e.Id, e.Key, frameworkCode, e.Level1, e.Level2, e.Name, e.Nature, e.Unit, e.Comparator?.Symbol(), e.Direction, e.Formula, e.Basis,
        e.SectorList, e.Example, e.Source);
}

/// <summary>指标库中的一条三级指标。</summary>
internal sealed record IndicatorEntry(
    [property: Description("条目 id")] int Id,
    [property: Description("种子条目的稳定编码（共性-001…）；管理员添加的为 null")] string? Key,
    [property: Description("指标体系编码（2015、2021、2021-效果…）")] string Framework,
    [property: Description("一级指标")] string Level1,
    [property: Description("二级指标")] string Level2,
    [property: Description("三级指标名称")] string Name,
    [property: Description("指标性质：Quantitative 定量、Qualitative 定性")] IndicatorNature Nature,
    [property: Description("常用计量单位；定性指标为 null")] string? Unit,
    [property: Description("常用比较符：≥ ≤ = > < 约")] string? Comparator,
    [property: Description("指标方向：Positive 正向、Negative 反向、Interval 区间")] IndicatorDirection? Direction,
    [property: Description("计算公式")] string? Formula,
    [property: Description("指标值确定依据：Plan 计划标准、Industry 行业标准、History 历史标准、Other 其他")] IndicatorBasis? Basis,
    [property: Description("适用行业标签；空为通用")] IReadOnlyList<string> Sectors,
    [property: Description("示例指标值")] string? Example,
    [property: Description("所依据的公开文件")] string Source);
