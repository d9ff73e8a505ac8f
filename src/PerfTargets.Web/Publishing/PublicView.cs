using PerfTargets.Core.Departments;
using PerfTargets.Core.Printing;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Publishing;

/// <summary>
/// The read-only view of a public print: the same body as the declaration's own page, filled from the
/// redacted print (its department and profile as printed), without the rules' findings, which are
/// the reviewers' working notes and not part of the approved form.
/// </summary>
public static class PublicView
{
    public static DeclarationView Of(DeclarationPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var declaration = print.Declaration;
        return new DeclarationView
        {
            Declaration = declaration,
            Department = new Department
            {
                Id = declaration.DepartmentId,
                Code = print.DepartmentCode ?? string.Empty,
                Name = print.DepartmentName,
                Profile = print.UnitProfile ?? new UnitProfile(),
            },
            SupervisingDepartment = print.SupervisingDepartment ?? string.Empty,
            FrameworkName = print.Framework?.Name ?? string.Empty,
            Tree = IndicatorTree.Build(declaration.Indicators),
            Problems = [],
        };
    }
}
