using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;

namespace PerfTargets.Core.Tests.Departments;

public class SupervisingDepartmentTests
{
    private static readonly Department Filing = new() { Code = "430203102", Name = "芦淞区网宣办" };
    private static readonly Department Parent = new() { Code = "430203101", Name = "芦淞区委宣传部" };

    [Fact]
    public void What_the_declaration_states_comes_first()
    {
        var declaration = new Declaration { SupervisingDepartment = " 青山区教育局[205] " };

        SupervisingDepartment.Of(declaration, Filing, Parent).ShouldBe("青山区教育局[205]");
    }

    [Fact]
    public void Else_the_parent_of_the_filing_unit_with_its_code()
    {
        SupervisingDepartment.Of(new Declaration(), Filing, Parent).ShouldBe("芦淞区委宣传部（430203101）");
    }

    [Fact]
    public void A_unit_without_parent_is_its_own_supervising_department()
    {
        SupervisingDepartment.Of(new Declaration(), Parent, null).ShouldBe("芦淞区委宣传部（430203101）");
    }
}
