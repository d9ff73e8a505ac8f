using System.Security.Claims;
using PerfTargets.Core.Money;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Writing;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Exchange;

/// <summary>
/// What an exported list says around its rows: the unit of its amounts, what it covers (its filters in words), and who exported it when — in the document
/// properties and in the printed footer, beside the page number.
/// </summary>
public sealed record ListExport(MoneyUnit Unit, string Scope, string ExportedBy, HeaderFooterText Footer)
{
    /// <summary>The title over the table, and under it what the list covers and the unit of its amounts.</summary>
    public TableHead Head(string title) => new(title, Scope, $"金额单位：{Unit.Label()}");

    public static ListExport For(ClaimsPrincipal user, DateTime nowUtc, MoneyUnit unit, string scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ListExport(unit, scope, user.NameAndAccount(), FooterFor(user, nowUtc));
    }

    /// <summary>The printed footer of any exported list: when and by whom, beside the page number.</summary>
    public static HeaderFooterText FooterFor(ClaimsPrincipal user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new HeaderFooterText($"{ChinaTime.Format(nowUtc)}（北京时间）由 {user.NameAndAccount()} 导出", Right: HeaderFooterText.PageOfPages);
    }
}
