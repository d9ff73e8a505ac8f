using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Library;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Library;

public class LibrarySeedTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly IReadOnlyList<SeedEntry> Seed = LibrarySeed.Read();

    [Fact]
    public void The_seed_holds_at_least_150_common_entries_over_every_level2_of_the_2021_framework()
    {
        Seed.Count.ShouldBeGreaterThanOrEqualTo(150);
        Seed.Select(e => e.Key).ShouldBeUnique();
        Seed.Select(e => (e.Level2, e.Name)).ShouldBeUnique();
        var framework2021 = StandardFrameworks.Create().Single(f => f.Code == StandardFrameworks.National2021);
        framework2021.Level1s.SelectMany(l1 => l1.Level2s.Select(l2 => (l1.Name, l2.Name)))
            .ShouldAllBe(level => Seed.Any(e => e.Level1 == level.Item1 && e.Level2 == level.Item2));
        Seed.ShouldAllBe(e => framework2021.Allows(e.Level1, e.Level2));
    }

    [Fact]
    public void Every_seed_entry_names_its_published_source_and_an_example_and_is_whole_for_its_nature()
    {
        Seed.ShouldAllBe(e => e.Source.Contains("财预〔20") && !string.IsNullOrWhiteSpace(e.Example) && e.Basis != null && e.Direction != null);
        Seed.Where(e => e.Nature == IndicatorNature.Quantitative).ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Unit) && e.Comparator != null);
        Seed.Where(e => e.Nature == IndicatorNature.Qualitative).ShouldAllBe(e => e.Unit == null && e.Comparator == null);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Initialisation_places_the_seed_in_every_framework_once_and_keeps_what_the_admin_changed(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);
        int count;
        await using (var db = settings.CreateContext())
        {
            var byFramework = await db.LibraryEntries.Join(db.IndicatorFrameworks, e => e.FrameworkId, f => f.Id, (e, f) => new { f.Code, e.Level1, e.Level2, e.Key })
                .ToListAsync();
            byFramework.Count(e => e.Code == StandardFrameworks.National2021).ShouldBe(Seed.Count);
            // 2015 and the local form put the 2021 成本 split under their single 成本指标, 效益 under 效果 where they say so.
            byFramework.Where(e => e.Code == StandardFrameworks.National2015 && e.Key == Seed.First(s => s.Level2 == "社会成本指标").Key)
                .ShouldHaveSingleItem().ShouldBe(new { Code = StandardFrameworks.National2015, Level1 = "产出指标", Level2 = "成本指标", Key = (string?)Seed.First(s => s.Level2 == "社会成本指标").Key });
            byFramework.Where(e => e.Code == StandardFrameworks.Local2021Effect && e.Level2 == "社会效益指标").ShouldAllBe(e => e.Level1 == "效果指标");
            count = byFramework.Count;

            var edited = await db.LibraryEntries.OrderBy(e => e.Id).FirstAsync();
            edited.Name = "管理员改过的名称";
            edited.Retired = true;
            await db.SaveChangesAsync();
        }

        await TemplateDatabases.InitializeAsync(settings, demoMode: false);

        await using var again = settings.CreateContext();
        (await again.LibraryEntries.CountAsync()).ShouldBe(count);
        (await again.LibraryEntries.OrderBy(e => e.Id).FirstAsync()).ShouldSatisfyAllConditions(e => e.Name.ShouldBe("管理员改过的名称"), e => e.Retired.ShouldBeTrue());
    }
}
