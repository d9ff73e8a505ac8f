using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Queries;

public class FrameworkCatalogTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_catalogue_holds_each_databases_frameworks_with_their_trees(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);
        await using var db = settings.CreateContext();

        var catalogue = await db.FrameworksAsync();

        catalogue.Select(f => f.Code).ShouldBe(StandardFrameworks.Create().Select(f => f.Code));
        var stored = await db.IndicatorFrameworks.AsNoTracking().OrderBy(f => f.Id).ToListAsync();
        catalogue.Select(f => (f.Id, f.Name, Level2s: f.Level1s.Sum(l => l.Level2s.Count)))
            .ShouldBe(stored.Select(f => (f.Id, f.Name, Level2s: f.Level1s.Sum(l => l.Level2s.Count))));
        (await db.FrameworkAsync(stored[1].Id)).Code.ShouldBe(stored[1].Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_framework_added_after_the_first_read_is_read_when_asked_for_and_one_never_stored_is_an_error(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);
        await using (var db = settings.CreateContext())
        {
            (await db.FrameworksAsync()).Count.ShouldBe(StandardFrameworks.Create().Count);
        }

        // As a newer instance's start would add it beside a running one.
        int added;
        await using (var db = settings.CreateContext())
        {
            var framework = new IndicatorFramework { Code = "测试", Name = "测试指标体系", Level1s = [new FrameworkLevel1 { Name = "产出指标", Sequence = 1 }] };
            db.IndicatorFrameworks.Add(framework);
            await db.SaveChangesAsync();
            added = framework.Id;
        }

        await using (var db = settings.CreateContext())
        {
            (await db.FrameworkAsync(added)).Name.ShouldBe("测试指标体系");
            (await db.FrameworksAsync()).ShouldContain(f => f.Id == added);
            await Should.ThrowAsync<InvalidOperationException>(() => db.FrameworkAsync(added + 1000));
        }
    }
}
