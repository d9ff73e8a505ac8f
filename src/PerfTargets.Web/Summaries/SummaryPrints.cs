using System.Globalization;
using System.Security.Claims;
using PerfTargets.Core.Money;
using PerfTargets.Core.Summaries;
using PerfTargets.Web.Pages.Declarations;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Summaries;

/// <summary>The 汇总表 as its PDF and its workbook give it: the user's table for the filters, what it covers, and who produced it when.</summary>
public static class SummaryPrints
{
    public static async Task<SummaryPrint> PrintForAsync(this PerfTargetsDbContext db, ClaimsPrincipal user, ListFilter scope, MoneyUnit unit, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        var table = await db.SummaryForAsync(user, scope, cancellationToken);
        var department = scope.DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var year = scope.Year is { } given ? given.ToString(CultureInfo.InvariantCulture) + "年" : "全部年度";
        var covers = $"预算年度：{year}　填报单位：{department ?? "全部单位"}　范围：{VisibleSummary.Whose(user)}";
        return new SummaryPrint(table, unit, covers, user.NameAndAccount(), ChinaTime.Format(nowUtc), nowUtc);
    }

    /// <summary>项目支出绩效目标汇总表-2022年度.pdf, or without the year when all years are added up.</summary>
    public static string FileName(ListFilter scope, string extension)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var year = scope.Year is { } given ? "-" + given.ToString(CultureInfo.InvariantCulture) + "年度" : string.Empty;
        return $"{SummaryPrint.Title}{year}.{extension}";
    }
}
