using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>The orders the desk sorts its departments in (?sort=…&amp;desc=true), each by one column; 单位编码 otherwise.</summary>
public static class DeskOrder
{
    private static readonly Dictionary<string, Func<DepartmentProgress, IComparable>> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = p => p.Department.Code,
        ["name"] = p => p.Department.Name,
        ["due"] = p => p.Deadline.DueOn,
        ["state"] = p => p.State,
        ["created"] = p => p.Created,
        ["submitted"] = p => p.Submitted,
        ["approved"] = p => p.Count(FilingState.Approved),
        ["money"] = p => p.TotalMoney,
        ["last"] = p => p.LastActivity ?? DateTime.MinValue,
    };

    public static bool IsKnown(string? key) => key is not null && Keys.ContainsKey(key);

    public static IEnumerable<DepartmentProgress> Sort(IEnumerable<DepartmentProgress> rows, string? key, bool descending)
    {
        var by = Keys.GetValueOrDefault(key ?? "code") ?? Keys["code"];
        return descending ? rows.OrderByDescending(by).ThenBy(p => p.Department.Code, StringComparer.Ordinal) : rows.OrderBy(by).ThenBy(p => p.Department.Code, StringComparer.Ordinal);
    }
}
