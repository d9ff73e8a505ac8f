namespace PerfTargets.Core.Departments;

/// <summary>
/// 主管部门及代码 of a declaration, from one source for the page and the printed form: what the
/// declaration states; else the filing unit's parent; else the filing unit, which then is its own
/// 主管部门 (as 宿州市委网信办 is on seed 002).
/// </summary>
public static class SupervisingDepartment
{
    public static string Of(Declaration declaration, Department filing, Department? parent)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(filing);
        if (!string.IsNullOrWhiteSpace(declaration.SupervisingDepartment))
        {
            return declaration.SupervisingDepartment.Trim();
        }

        var unit = parent ?? filing;
        return string.IsNullOrWhiteSpace(unit.Code) ? unit.Name : $"{unit.Name}（{unit.Code}）";
    }
}
