using PerfTargets.Core.Declarations;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Core.Tests.Rounds;

public class ContinuingProjectsTests
{
    private static readonly FilingRound Round = new() { BudgetYear = 2024, Departments = [new RoundDepartment { DepartmentId = 1 }, new RoundDepartment { DepartmentId = 2 }] };

    private static Declaration Project(string name, int department = 1, int year = 2023, DeclarationStatus status = DeclarationStatus.Approved) => new()
    {
        Id = 7, ProjectName = name, DepartmentId = department, BudgetYear = year, Status = status, Kind = ProjectKind.New,
        FilledOn = new DateOnly(2023, 3, 1), Indicators = [new Indicator { Id = 9, Name = "网络安全管理" }],
    };

    [Fact]
    public void Last_years_approved_projects_of_expected_departments_become_continuing_drafts_of_the_rounds_year()
    {
        var drafts = ContinuingProjects.Drafts(Round, [
            Project("甲"), Project("乙", department: 2), Project("草稿", status: DeclarationStatus.Draft), Project("审核中", status: DeclarationStatus.Submitted),
            Project("前年", year: 2022), Project("未列入批次", department: 3)], []);

        drafts.Select(d => (d.ProjectName, d.DepartmentId)).ShouldBe([("甲", 1), ("乙", 2)]);
        var copy = drafts[0];
        (copy.Id, copy.BudgetYear, copy.Status, copy.Kind, copy.FilledOn).ShouldBe((0, 2024, DeclarationStatus.Draft, (ProjectKind?)ProjectKind.Continuing, (DateOnly?)null));
        copy.Indicators.Single().Id.ShouldBe(0);
    }

    [Fact]
    public void A_project_the_department_has_already_or_twice_is_copied_at_most_once()
    {
        var drafts = ContinuingProjects.Drafts(Round, [Project("甲"), Project("乙"), Project("乙"), Project("甲", department: 2)], [(1, "甲")]);

        drafts.Select(d => (d.ProjectName, d.DepartmentId)).ShouldBe([("乙", 1), ("甲", 2)]);
    }
}
