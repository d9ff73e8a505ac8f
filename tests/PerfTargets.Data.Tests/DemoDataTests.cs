using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.DemoData;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests;

public class DemoDataTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public void The_seeds_hold_eleven_declarations_in_the_numbers_of_the_issue()
    {
        var demo = DemoDataSet.Load();

        demo.Declarations.Count.ShouldBe(11);
        demo.Declarations.GroupBy(d => d.SourceFile[(d.SourceFile.IndexOf("seed-", StringComparison.Ordinal) + 5)..][..3])
            .ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int> { ["000"] = 1, ["001"] = 1, ["002"] = 6, ["003"] = 1, ["004"] = 2 });
        demo.DepartmentGoals.ShouldHaveSingleItem().BudgetYear.ShouldBe(2023);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_demo_declaration_reads_back_as_it_was_entered(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: true);

        await using var db = settings.CreateContext();
        var stored = await db.Declarations.AsNoTracking().ToListAsync();
        var entered = DemoDataSet.Load().Declarations.Select(d => d.Declaration).ToList();

        stored.Count.ShouldBe(11);
        foreach (var original in entered)
        {
            var readBack = stored.Single(d => d.BudgetYear == original.BudgetYear && d.ProjectName == original.ProjectName);
            readBack.Indicators.Count.ShouldBe(original.Indicators.Count);
            DeclarationSnapshot.Of(readBack).ShouldBe(DeclarationSnapshot.Of(original), $"{original.BudgetYear} {original.ProjectName}");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Seed_001_keeps_its_budget_lines_that_do_not_add_up(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: true);

        await using var db = settings.CreateContext();
        var portal = await db.Declarations.AsNoTracking().SingleAsync(d => d.ProjectName == "新媒体软课题费");

        portal.AnnualFunding.Total.ShouldBe(449_000m);
        portal.BudgetLinesTotal.ShouldBe(200_000m);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Demo_departments_goal_and_year_defaults_are_loaded(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: true);

        await using var db = settings.CreateContext();
        (await db.Departments.CountAsync()).ShouldBe(5);
        var chenggong = await db.Departments.SingleAsync(d => d.Code == "530114001");
        chenggong.Profile.ShouldNotBeNull();
        var goal = await db.DepartmentPerformanceGoals.AsNoTracking().SingleAsync();
        goal.DutyGoals.ShouldNotBeEmpty();
        goal.OverallGoal.ShouldNotBeNullOrWhiteSpace();
        var frameworkOf2023 = await db.BudgetYearSettings.Where(s => s.Year == 2023)
            .Join(db.IndicatorFrameworks, s => s.DefaultFrameworkId, f => f.Id, (_, f) => f.Code).SingleAsync();
        frameworkOf2023.ShouldBe(StandardFrameworks.Local2021Effect);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Starting_twice_loads_the_demo_once(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: true);
        await TemplateDatabases.InitializeAsync(settings, demoMode: true);

        await using var db = settings.CreateContext();
        (await db.Declarations.CountAsync()).ShouldBe(11);
        (await db.IndicatorFrameworks.CountAsync()).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Outside_demo_mode_the_database_starts_empty_but_for_the_frameworks(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);

        await using var db = settings.CreateContext();
        (await db.Declarations.AnyAsync()).ShouldBeFalse();
        (await db.Departments.AnyAsync()).ShouldBeFalse();
        var frameworks = await db.IndicatorFrameworks.AsNoTracking().ToListAsync();
        frameworks.Select(f => f.Code).Order(StringComparer.Ordinal).ShouldBe(["2015", "2021", "2021-效果"]);
        frameworks.Single(f => f.Code == "2021").Allows("成本指标", "社会成本指标").ShouldBeTrue();
    }
}
