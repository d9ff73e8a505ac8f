using PerfTargets.Core.Departments;
using PerfTargets.Core.Money;

namespace PerfTargets.Core.Tests.Departments;

public class DepartmentBudgetTests
{
    [Fact]
    public void A_project_line_equal_to_the_projects_passes()
    {
        var goal = new DepartmentPerformanceGoal { BudgetTotal = 3_000_000m, FundingSources = [new() { Name = "其中：项目支出", Amount = 450_000m }] };

        DepartmentBudget.Reconcile(goal, 450_000m, 3).ShouldBeNull();
    }

    [Fact]
    public void A_project_line_that_differs_shows_both_sums()
    {
        var goal = new DepartmentPerformanceGoal { FundingSources = [new() { Name = "项目支出", Amount = 450_000m }] };

        DepartmentBudget.Reconcile(goal, 449_000m, 3).ShouldBe("“项目支出”填为 45 万元，本年度 3 个项目的年度资金合计 44.9 万元，两者不符。");
    }

    [Fact]
    public void Without_a_project_line_the_projects_may_not_exceed_the_department_budget()
    {
        var goal = new DepartmentPerformanceGoal { MoneyUnit = MoneyUnit.Yuan, BudgetTotal = 100_000m };

        DepartmentBudget.Reconcile(goal, 90_000m, 1).ShouldBeNull();
        DepartmentBudget.Reconcile(goal, 120_000m, 2).ShouldBe("部门预算总额 100,000.00 元，少于本年度 2 个项目的年度资金合计 120,000.00 元：部门预算应包含全部项目支出。");
    }

    [Fact]
    public void Nothing_stated_nothing_to_reconcile()
    {
        DepartmentBudget.Reconcile(new DepartmentPerformanceGoal(), 500_000m, 2).ShouldBeNull();
    }
}
