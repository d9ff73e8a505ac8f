using System.Linq.Expressions;

namespace PerfTargets.Core.Departments;

/// <summary>
/// 主管部门 groups, as the 汇总表 adds units up and the declaration list filters by them: a unit with
/// a parent belongs to its parent's group; one without is its own group (a 主管部门 with the units
/// under it, or a unit on its own). Written once, as an expression, for queries and for code alike.
/// </summary>
public static class SupervisorGroups
{
    private static readonly Expression<Func<Department, int>> Key = d => d.ParentId ?? d.Id;

    private static readonly Func<Department, int> KeyOf = Key.Compile();

    /// <summary>The id of the 主管部门 whose group <paramref name="department"/> belongs to.</summary>
    public static int Of(Department department) => KeyOf(department);

    /// <summary>The departments of the group of 主管部门 <paramref name="supervisorId"/>, for a query.</summary>
    public static Expression<Func<Department, bool>> In(int supervisorId) =>
        Expression.Lambda<Func<Department, bool>>(Expression.Equal(Key.Body, Expression.Constant(supervisorId)), Key.Parameters);
}
