using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// A field of the form's header block (label | value): how the form shows it, whether the
/// declaration fills it (then any family shows it), and how a cell read back sets it — or the
/// problem with the cell, in Chinese.
/// </summary>
public sealed record HeaderField(string Label, Func<DeclarationPrint, object?> Shown, Func<Declaration, bool> Filled, Func<Declaration, ReadCell, string?> Read);

/// <summary>The header fields a form family may show, by label.</summary>
public static class HeaderFields
{
    public static IReadOnlyList<HeaderField> All { get; } =
    [
        Text("项目编码", d => d.ProjectCode, (d, v) => d.ProjectCode = v),
        new("主管部门及代码", s => s.SupervisingDepartment, d => !string.IsNullOrWhiteSpace(d.SupervisingDepartment), (d, cell) => Set(cell, v => d.SupervisingDepartment = v)),
        new("实施单位", s => s.Declaration.ImplementingUnit ?? s.DepartmentName, d => !string.IsNullOrWhiteSpace(d.ImplementingUnit), (d, cell) => Set(cell, v => d.ImplementingUnit = v)),
        new("项目属性", s => s.Declaration.Kind.Label(), d => d.Kind is not null, (d, cell) => Choice(cell, Enum.GetValues<ProjectKind>(), k => k.Label(), k => d.Kind = k, "项目属性")),
        new("项目类别", s => s.Declaration.Category?.Label(), d => d.Category is not null, (d, cell) => Choice(cell, Enum.GetValues<ProjectCategory>(), c => c.Label(), c => d.Category = c, "项目类别")),
        Text("项目期", d => d.PeriodText, (d, v) => d.PeriodText = v),
        Date("起始日期", d => d.StartDate, (d, v) => d.StartDate = v),
        Date("结束日期", d => d.EndDate, (d, v) => d.EndDate = v),
        Text("项目负责人", d => d.ProjectLeader, (d, v) => d.ProjectLeader = v),
        Text("联系人", d => d.ContactPerson, (d, v) => d.ContactPerson = v),
        Text("联系电话", d => d.ContactPhone, (d, v) => d.ContactPhone = v),
        Text("填报人", d => d.FilledBy, (d, v) => d.FilledBy = v),
        Date("填报日期", d => d.FilledOn, (d, v) => d.FilledOn = v),
    ];

    public static HeaderField Named(string label) => All.Single(f => f.Label == label);

    private static HeaderField Text(string label, Func<Declaration, string?> get, Action<Declaration, string?> set) =>
        new(label, s => get(s.Declaration), d => !string.IsNullOrWhiteSpace(get(d)), (d, cell) => Set(cell, v => set(d, v)));

    private static HeaderField Date(string label, Func<Declaration, DateOnly?> get, Action<Declaration, DateOnly?> set) =>
        new(label, s => get(s.Declaration), d => get(d) is not null, (d, cell) =>
        {
            if (cell.IsBlank)
            {
                return null;
            }

            if (cell.Date is not { } date)
            {
                return $"“{cell}”不是日期：请填写如 2024-03-31 或 2024年3月31日。";
            }

            set(d, date);
            return null;
        });

    private static string? Set(ReadCell cell, Action<string?> set)
    {
        set(cell.IsBlank ? null : cell.ToString().Trim());
        return null;
    }

    private static string? Choice<T>(ReadCell cell, T[] options, Func<T, string> label, Action<T?> set, string field)
        where T : struct
    {
        if (cell.IsBlank)
        {
            return null;
        }

        var text = cell.ToString().Trim();
        var match = options.Where(o => label(o) == text || text.Contains(label(o), StringComparison.Ordinal) && !text.Contains('□', StringComparison.Ordinal)).ToList();
        if (match.Count != 1)
        {
            return $"“{text}”不是{field}：请填写{string.Join("或", options.Select(label))}。";
        }

        set(match[0]);
        return null;
    }
}
