using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.DemoData;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests;

public class ScaleSeederTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly int[] Years = [2025, 2026];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Thirty_declarations_take_every_state_through_the_workflow_and_the_integrity_check_holds(DatabaseProvider provider)
    {
        var settings = await databases.CreateDemoWithSealsAsync(provider);

        var states = await SeedAsync(settings, 30);

        states.Keys.ShouldBe(Enum.GetValues<ScaleState>(), ignoreOrder: true);
        await using var db = settings.CreateContext();
        var units = await db.Departments.Where(d => d.Code.StartsWith(ScaleUnits.CodePrefix)).Select(d => d.Id).ToListAsync();
        units.Count.ShouldBe(3);
        var seeded = await db.Declarations.AsNoTracking().Where(d => units.Contains(d.DepartmentId)).OrderBy(d => d.Id).ToListAsync();
        seeded.Count.ShouldBe(30);
        seeded.Select(d => d.BudgetYear).Distinct().ShouldBe(Years, ignoreOrder: true);
        seeded.GroupBy(d => d.DepartmentId).ShouldAllBe(g => g.Count() == 10);
        seeded.ShouldAllBe(d => d.BudgetLines.Count > 0);

        var problems = await db.CountProblemsAsync([.. seeded.Select(d => d.Id)]);
        for (var i = 0; i < seeded.Count; i++)
        {
            var (declaration, state) = (seeded[i], ScaleStates.Of(i));
            declaration.Status.ShouldBe(StatusOf(state), $"{i} {state}");
            (problems[declaration.Id].Errors > 0).ShouldBe(state == ScaleState.DraftWithErrors, $"{i} {state}");
            if (state != ScaleState.DraftWithErrors)
            {
                declaration.Indicators.Count.ShouldBeInRange(8, 24);
            }

            declaration.Review.VersionCount.ShouldBe(state switch
            {
                ScaleState.Draft or ScaleState.DraftWithErrors => 0,
                ScaleState.ApprovedOnResubmission => 2,
                _ => 1,
            });
            (declaration.Review.ReturnedBySectionId is not null).ShouldBe(state is ScaleState.ReturnedByFirst or ScaleState.ReturnedBySecond);
        }

        var events = await db.DeclarationEvents.AsNoTracking().ToListAsync();
        events.Where(e => e.Kind == DeclarationEventKind.Approved).ShouldAllBe(e => e.SealId != null);
        events.Count(e => e.Kind == DeclarationEventKind.Returned).ShouldBe(states[ScaleState.ReturnedByFirst] + states[ScaleState.ReturnedBySecond] + states[ScaleState.ApprovedOnResubmission]);

        var versions = await new FrozenVersions(db, TestKeys.AuditChain).CheckAllAsync();
        versions.Intact.ShouldBeTrue();
        versions.Checked.ShouldBe(seeded.Sum(d => d.Review.VersionCount));
        var chain = await new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync();
        chain.Intact.ShouldBeTrue(chain.Problem);
        // 新建 for each, a step for each of the 流转记录, the fixes after a return, and the units, accounts and years.
        chain.Count.ShouldBe(30 + events.Count + states[ScaleState.ApprovedOnResubmission] + 3 + 3 + Years.Length);
    }

    [Fact]
    public async Task A_second_run_adds_more_on_the_same_units_and_the_integrity_check_still_holds()
    {
        var settings = await databases.CreateDemoWithSealsAsync(DatabaseProvider.PostgreSql);
        await SeedAsync(settings, 20);

        var states = await SeedAsync(settings, 10);

        states.Values.Sum().ShouldBe(10);
        await using var db = settings.CreateContext();
        (await db.Departments.CountAsync(d => d.Code.StartsWith(ScaleUnits.CodePrefix))).ShouldBe(3);
        (await db.Users.CountAsync(u => u.UserName!.StartsWith("filer-scale-"))).ShouldBe(3);
        var names = await db.Declarations.Where(d => d.ProjectCode!.StartsWith(ScaleUnits.CodePrefix)).Select(d => d.ProjectCode).ToListAsync();
        names.Count.ShouldBe(30);
        names.ShouldBeUnique();
        (await new FrozenVersions(db, TestKeys.AuditChain).CheckAllAsync()).Intact.ShouldBeTrue();
        (await new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_database_without_the_demo_reviewers_is_refused()
    {
        var settings = await databases.CreateInitializedAsync(DatabaseProvider.Sqlite, demoMode: false);
        await using var db = settings.CreateContext();

        (await Seeder(db).RefusalAsync()).ShouldStartWith("这不是演示数据库");
    }

    private static DeclarationStatus StatusOf(ScaleState state) => state switch
    {
        ScaleState.Submitted or ScaleState.PartlyApproved => DeclarationStatus.Submitted,
        ScaleState.Approved or ScaleState.ApprovedOnResubmission => DeclarationStatus.Approved,
        _ => DeclarationStatus.Draft,
    };

    private static async Task<IReadOnlyDictionary<ScaleState, int>> SeedAsync(DatabaseSettings settings, int count)
    {
        await using var db = settings.CreateContext();
        var seeder = Seeder(db);
        (await seeder.RefusalAsync()).ShouldBeNull();
        await seeder.PrepareAsync(3, Years);
        return await seeder.AddDeclarationsAsync(count, 3, Years);
    }

    private static ScaleSeeder Seeder(PerfTargetsDbContext db) =>
        new(db, new AuditedChanges(db, new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System)), TimeProvider.System);
}
