namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// What the form prints in a field the declaration left blank (实施单位 is the filing unit, 主管部门
/// its parent): read back as it was printed, such a field stays blank, as it was.
/// </summary>
public sealed record FormDefaults(string? ImplementingUnit, string? SupervisingDepartment);
