using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Web.Tests;

/// <summary>A 申报批次 written straight into the application's database, for tests about what a round changes elsewhere.</summary>
internal static class TestRounds
{
    /// <summary>Opens the round of <paramref name="budgetYear"/> closing on <paramref name="closesOn"/>, expecting the departments of these codes; its id.</summary>
    public static Task<int> OpenAsync(PerfTargetsApp app, int budgetYear, DateOnly closesOn, params string[] departmentCodes) => app.QueryAsync(async db =>
    {
        var departments = await db.Departments.Where(d => departmentCodes.Contains(d.Code)).Select(d => d.Id).ToListAsync();
        var round = new FilingRound
        {
            Name = $"{budgetYear}年项目支出绩效目标申报", BudgetYear = budgetYear, OpensOn = closesOn.AddDays(-30), ClosesOn = closesOn, CreatedAt = DateTime.UtcNow,
            Departments = [.. departments.Select(id => new RoundDepartment { DepartmentId = id })],
        };
        db.FilingRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    });
}
