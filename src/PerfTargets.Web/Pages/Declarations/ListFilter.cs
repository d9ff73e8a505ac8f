using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Summaries;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// The declaration list's filters as its address carries them (?year=2022&amp;department=3&amp;state=returned …):
/// applied to the declarations a user may see, and written back into links. The 汇总表 filters its
/// declarations by the same year and department, and each of its numbers links to the list with the
/// filters that reproduce the declarations behind it (<see cref="For"/>).
/// </summary>
public sealed record ListFilter(
    int? Year = null,
    int? DepartmentId = null,
    int? SupervisorId = null,
    FilingState? State = null,
    int? AwaitingSectionId = null,
    ProblemFilter? Problems = null)
{
    public bool IsEmpty => this == new ListFilter();

    /// <summary>The declarations of <paramref name="declarations"/> that pass every filter set.</summary>
    public async Task<IQueryable<Declaration>> ApplyAsync(PerfTargetsDbContext db, IQueryable<Declaration> declarations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = declarations;
        if (Year is { } year)
        {
            query = query.Where(d => d.BudgetYear == year);
        }

        if (DepartmentId is { } department)
        {
            query = query.Where(d => d.DepartmentId == department);
        }

        if (SupervisorId is { } supervisor)
        {
            var group = db.Departments.Where(SupervisorGroups.In(supervisor)).Select(d => d.Id);
            query = query.Where(d => group.Contains(d.DepartmentId));
        }

        if (State is { } state)
        {
            query = query.WhereState(state);
        }

        if (AwaitingSectionId is { } section)
        {
            query = query.WhereAwaiting(section);
        }

        return Problems is { } problems ? await db.WhereProblemsAsync(query, problems, cancellationToken) : query;
    }

    /// <summary>The filters as an address's query values, in the names the list reads, with the unit its amounts show in.</summary>
    public Dictionary<string, string> RouteValues(MoneyUnit unit)
    {
        var values = new Dictionary<string, string>();
        if (unit != MoneyUnit.Yuan)
        {
            values["unit"] = unit.ToString();
        }

        Add(values, "year", Year);
        Add(values, "department", DepartmentId);
        Add(values, "supervisor", SupervisorId);
        if (State is { } state)
        {
            values["state"] = state.Word();
        }

        Add(values, "section", AwaitingSectionId);
        if (Problems is { } problems)
        {
            values["problems"] = problems.Word();
        }

        return values;
    }

    /// <summary>
    /// The filters in words, as an export's head says what it holds: 预算年度：2022年　状态：已退回 …;
    /// 全部 when nothing is filtered. Names come from the choices the user was offered.
    /// </summary>
    public string Describe(FilterChoices choices, ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(chain);
        static string? NameOf(IReadOnlyList<(int Id, string Name)> names, int? id) => names.FirstOrDefault(n => n.Id == id).Name;
        string?[] parts =
        [
            Year is { } year ? $"预算年度：{year.ToString(CultureInfo.InvariantCulture)}年" : null,
            DepartmentId is not null ? $"填报单位：{NameOf(choices.Departments, DepartmentId)}" : null,
            SupervisorId is not null ? $"主管部门：{NameOf(choices.Supervisors, SupervisorId)}（含下属单位）" : null,
            State is { } state ? $"状态：{state.Label()}" : null,
            AwaitingSectionId is { } section ? $"待审科室：{chain.Sections.FirstOrDefault(s => s.Id == section)?.Name}" : null,
            Problems is { } problems ? $"审核检查：{problems.Label()}" : null,
        ];
        var given = parts.OfType<string>().ToList();
        return given.Count == 0 ? "全部申报表" : string.Join("　", given);
    }

    /// <summary>An address on <paramref name="path"/> carrying these filters and the unit, and the page handler when one is named (?handler=xlsx).</summary>
    public string Link(string path, MoneyUnit unit, string? handler = null)
    {
        var values = RouteValues(unit);
        if (handler is not null)
        {
            values["handler"] = handler;
        }

        return QueryHelpers.AddQueryString(path, values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)));
    }

    /// <summary>
    /// The list of the declarations behind one number of the 汇总表 filtered by <paramref name="scope"/>:
    /// the row's year and department or 主管部门, and the column's state, section or problems.
    /// </summary>
    public static ListFilter For(ListFilter scope, SummaryRow row, SummaryColumn column)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(column);
        var narrowed = row.Kind switch
        {
            SummaryRowKind.Year => scope with { Year = row.BudgetYear },
            SummaryRowKind.Supervisor => scope with { Year = row.BudgetYear, SupervisorId = row.Supervisor?.Id },
            SummaryRowKind.Department => scope with { Year = row.BudgetYear, DepartmentId = row.Department?.Id },
            _ => scope,
        };
        return narrowed with { State = column.Drill.State, AwaitingSectionId = column.Drill.AwaitingSectionId, Problems = column.Drill.Problems };
    }

    private static void Add(Dictionary<string, string> values, string name, int? value)
    {
        if (value is { } given)
        {
            values[name] = given.ToString(CultureInfo.InvariantCulture);
        }
    }
}
