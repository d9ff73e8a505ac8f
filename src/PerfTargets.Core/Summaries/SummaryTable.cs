using System.Globalization;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Summaries;

/// <summary>
/// 汇总表: the declarations a user may see, added up. 合计 first; then each budget year, newest
/// first, with its 小计 and under it its departments by code — those under a 主管部门 after that
/// 主管部门's 小计 (the 主管部门's own declarations among them) — as Chinese budget tables put the
/// total above its parts. Columns: 申报份数 by state (草稿, 已退回, 待某科室审核 for each section of the
/// review chain, 已批复), 年度资金 by source, 中期资金总额, 三级指标 (of them 定量), 错误 and 提示.
/// A plain model of rows and columns, so that the page, the PDF, the API and an export walk the same.
/// </summary>
public sealed class SummaryTable
{
    /// <summary>The heading over the rows' labels.</summary>
    public const string RowHeading = "年度 / 单位";

    private const string Filed = "申报份数";

    private SummaryTable(IReadOnlyList<SummaryColumn> columns, IReadOnlyList<SummaryRow> rows) => (Columns, Rows) = (columns, rows);

    public IReadOnlyList<SummaryColumn> Columns { get; }

    /// <summary>The column groups in order with how many columns each spans, for a header of two rows.</summary>
    public IReadOnlyList<(string Group, int Span)> ColumnGroups =>
        [.. Columns.Aggregate(new List<(string Group, int Span)>(), (groups, column) =>
        {
            if (groups.Count > 0 && groups[^1].Group == column.Group)
            {
                groups[^1] = (column.Group, groups[^1].Span + 1);
            }
            else
            {
                groups.Add((column.Group, 1));
            }

            return groups;
        })];

    /// <summary>合计 first, then the years with their parts, in the order they print.</summary>
    public IReadOnlyList<SummaryRow> Rows { get; }

    /// <summary>合计.</summary>
    public SummaryRow Total => Rows[0];

    /// <summary>
    /// Adds up <paramref name="declarations"/>; <paramref name="departments"/> must hold every department
    /// they name (and those departments' 主管部门). <paramref name="chain"/> gives the 待审 columns: every
    /// section in use, and a 停用 one only while declarations still wait on it.
    /// </summary>
    public static SummaryTable Build(IReadOnlyCollection<CountedDeclaration> declarations, IReadOnlyCollection<Department> departments, ReviewChain chain)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(chain);
        var byId = departments.ToDictionary(d => d.Id);
        var rows = new List<SummaryRow> { new(SummaryRowKind.Total, 0, "合计", null, null, null, SummaryFigures.Of(declarations)) };
        foreach (var year in declarations.GroupBy(d => d.BudgetYear).OrderByDescending(y => y.Key))
        {
            rows.Add(new(SummaryRowKind.Year, 1, $"{year.Key.ToString(CultureInfo.InvariantCulture)}年 小计", year.Key, null, null, SummaryFigures.Of(year)));
            foreach (var group in year.GroupBy(d => SupervisorGroups.Of(byId[d.DepartmentId])).OrderBy(g => byId[g.Key].Code, StringComparer.Ordinal))
            {
                var units = group.GroupBy(d => d.DepartmentId).OrderBy(u => byId[u.Key].Code, StringComparer.Ordinal).ToList();
                var isGroup = units.Exists(u => byId[u.Key].ParentId == group.Key);
                if (isGroup)
                {
                    rows.Add(new(SummaryRowKind.Supervisor, 2, $"{byId[group.Key].Name} 小计", year.Key, null, byId[group.Key], SummaryFigures.Of(group)));
                }

                rows.AddRange(units.Select(u => new SummaryRow(SummaryRowKind.Department, isGroup ? 3 : 2, byId[u.Key].Name, year.Key, byId[u.Key],
                    isGroup ? byId[group.Key] : null, SummaryFigures.Of(u))));
            }
        }

        var awaited = rows[0].Figures.SectionsAwaited.ToHashSet();
        return new SummaryTable(ColumnsFor(chain.Sections.Where(s => !s.IsDisabled || awaited.Contains(s.Id))), rows);
    }

    private static List<SummaryColumn> ColumnsFor(IEnumerable<ReviewSection> sections)
    {
        var columns = new List<SummaryColumn>
        {
            new("count", Filed, "合计", SummaryValueKind.Count, f => f.Count, SummaryDrill.All),
            StateColumn(FilingState.Draft),
            StateColumn(FilingState.Returned),
        };
        columns.AddRange(sections.Select(s => new SummaryColumn(
            $"awaiting-{s.Id.ToString(CultureInfo.InvariantCulture)}", Filed, $"待{s.Name}审核", SummaryValueKind.Count, f => f.AwaitingSection(s.Id), new(AwaitingSectionId: s.Id))));
        columns.Add(StateColumn(FilingState.Approved));
        columns.AddRange(FundingFields.All.Where(f => f.Name != nameof(FundingSplit.OtherOwnFunds)).Select(field => new SummaryColumn(
            "annual" + field.Name, FundingColumns.Annual.Label, field.Label.Replace("其中：", string.Empty, StringComparison.Ordinal),
            SummaryValueKind.Money, f => field.Get(f.Annual) ?? 0m, SummaryDrill.All)));
        columns.Add(new("midTermTotal", FundingColumns.MidTerm.Label, "资金总额", SummaryValueKind.Money, f => f.MidTermTotal, SummaryDrill.All));
        columns.Add(new("indicators", "三级指标", "合计", SummaryValueKind.Count, f => f.Indicators, SummaryDrill.All));
        columns.Add(new("quantitative", "三级指标", "其中定量", SummaryValueKind.Count, f => f.QuantitativeIndicators, SummaryDrill.All));
        columns.Add(new("errors", "审核检查", "错误", SummaryValueKind.Count, f => f.Errors, new(Problems: ProblemFilter.Errors)));
        columns.Add(new("warnings", "审核检查", "提示", SummaryValueKind.Count, f => f.Warnings, new(Problems: ProblemFilter.Warnings)));
        return columns;
    }

    private static SummaryColumn StateColumn(FilingState state) =>
        new(state.Word(), Filed, state.Label(), SummaryValueKind.Count, f => f.InState(state), new(State: state));
}
