using System.ComponentModel;
using PerfTargets.Core.Library;
using PerfTargets.Data.Library;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Api;

/// <summary>GET /api/v1/indicators: the library's entries matching the words typed, for budget systems.</summary>
internal static class IndicatorLibraryEndpoint
{
    public static async Task<IResult> SearchAsync(PerfTargetsDbContext db, LibrarySearch search,
        string? query, string? level1, string? level2, string? framework, string? limit, CancellationToken cancellationToken)
    {
        var (asked, frameworks, problem) = await ReadAsync(db, query, level1, level2, framework, limit, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var found = await search.FindAsync(asked!, cancellationToken);
        return Results.Ok(found.Select(e => Resource(e, frameworks[e.FrameworkId])).ToList());
    }

    /// <summary>
    /// For the caller's 三级 cell: its department's approved indicators (and other departments' where
    /// the admin shares them), then library entries of <paramref name="sector"/>, then 共性 entries.
    /// </summary>
    public static async Task<IResult> SuggestAsync(HttpContext context, PerfTargetsDbContext db, LibrarySearch search, HistorySearch history,
        string? query, string? level1, string? level2, string? framework, string? sector, string? limit, CancellationToken cancellationToken)
    {
        var (asked, _, problem) = await ReadAsync(db, query, level1, level2, framework, limit, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var departmentId = context.User.IsFiler() ? context.User.DepartmentId() : null;
        var used = await history.FindAsync(departmentId, asked!, cancellationToken);
        var entries = await search.FindAsync(asked! with { Limit = LibraryQuery.MaxLimit }, cancellationToken);
        return Results.Ok(Suggestions.Rank(departmentId, used, entries, sector, asked!.Limit).Select(SuggestionResource).ToList());
    }

    /// <summary>The query the parameters ask for, with the frameworks by id; or the 400 naming the parameter it cannot use.</summary>
    private static async Task<(LibraryQuery? Query, Dictionary<int, string> Frameworks, IResult? Problem)> ReadAsync(
        PerfTargetsDbContext db, string? query, string? level1, string? level2, string? framework, string? limit, CancellationToken cancellationToken)
    {
        var frameworks = (await db.FrameworksAsync(cancellationToken)).ToDictionary(f => f.Id, f => f.Code);
        if (query?.Trim().Length > LibraryQuery.MaxTextLength)
        {
            return (null, frameworks, ApiProblems.InvalidParameter("query", $"query 至多 {LibraryQuery.MaxTextLength} 个字符。"));
        }

        var (count, badLimit) = DeclarationQueries.Number(limit, "limit", 1, LibraryQuery.MaxLimit);
        if (badLimit is not null)
        {
            return (null, frameworks, badLimit);
        }

        if (!string.IsNullOrWhiteSpace(framework) && !frameworks.ContainsValue(framework.Trim()))
        {
            return (null, frameworks, ApiProblems.InvalidParameter("framework",
                $"没有编码为“{framework.Trim()}”的指标体系；可用的有：{string.Join("、", frameworks.Values.Order(StringComparer.Ordinal))}。"));
        }

        return (new LibraryQuery(query, framework, level1, level2, count ?? LibraryQuery.DefaultLimit), frameworks, null);
    }

    private static IndicatorSuggestion SuggestionResource(Suggestion s) => new(
        s.Kind, s.Level1, s.Level2, s.Name, s.Nature, s.Unit, s.Comparator?.Symbol(), s.Direction, s.Formula, s.Example, s.Source,
        s.Values.Count > 0 ? s.Values[^1] : null, s.Values, Target(s.MidTerm), Target(s.Annual));

    private static SuggestedTarget? Target(IndicatorTarget? target) =>
        target is null || target.IsEmpty ? null : new(target.Comparator?.Symbol(), target.Body, target.Unit);

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

/// <summary>填写三级指标时的一条建议。</summary>
internal sealed record IndicatorSuggestion(
    [property: Description("来源：OwnHistory 本单位已批复的指标、SharedHistory 其他单位已批复的指标（管理员允许共享时）、Sector 同行业指标库条目、Common 共性指标")] SuggestionKind Kind,
    [property: Description("一级指标")] string Level1,
    [property: Description("二级指标")] string Level2,
    [property: Description("三级指标名称")] string Name,
    [property: Description("指标性质：Quantitative 定量、Qualitative 定性")] IndicatorNature Nature,
    [property: Description("计量单位")] string? Unit,
    [property: Description("比较符：≥ ≤ = > < 约")] string? Comparator,
    [property: Description("指标方向：Positive 正向、Negative 反向、Interval 区间")] IndicatorDirection? Direction,
    [property: Description("计算公式（指标库条目）")] string? Formula,
    [property: Description("示例指标值（指标库条目）")] string? Example,
    [property: Description("所依据的公开文件（指标库条目）")] string? Source,
    [property: Description("最近一年的年度指标值（历史指标）")] YearValue? LastValue,
    [property: Description("各年度的年度指标值，按年度先后（历史指标）")] IReadOnlyList<YearValue> Values,
    [property: Description("最近一年的中期指标值（历史指标）；选用时填入空的中期指标值")] SuggestedTarget? MidTermTarget,
    [property: Description("最近一年的年度指标值（历史指标）；选用时填入空的年度指标值")] SuggestedTarget? AnnualTarget);

/// <summary>建议带出的一个指标值，按填报表格的三格：比较符、数值或定性文字、单位。</summary>
internal sealed record SuggestedTarget(
    [property: Description("比较符：≥ ≤ = > < 约")] string? Comparator,
    [property: Description("数值或定性文字（如 95、持续提升）")] string? Value,
    [property: Description("计量单位")] string? Unit);
