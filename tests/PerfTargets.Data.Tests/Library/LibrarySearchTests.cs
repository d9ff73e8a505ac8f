using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Library;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Library;

public class LibrarySearchTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static async Task<IReadOnlyList<LibraryEntry>> FindAsync(DatabaseSettings settings, LibraryQuery query)
    {
        await using var db = settings.CreateContext();
        return await new LibrarySearch(db).FindAsync(query);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_Chinese_substring_finds_the_entries_holding_it_shortest_first(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);

        var found = await FindAsync(settings, new LibraryQuery("合格率", StandardFrameworks.National2021));

        found.Select(e => e.Name).ShouldBe(["培训合格率", "工程验收合格率", "设备验收合格率", "食品药品抽检合格率"], ignoreOrder: false);
        (await FindAsync(settings, new LibraryQuery("满意", StandardFrameworks.National2021, Level2: "服务对象满意度指标"))).Count.ShouldBeGreaterThan(10);
        (await FindAsync(settings, new LibraryQuery("系统", StandardFrameworks.National2021)))[0].Name.ShouldStartWith("系统");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Several_words_must_all_appear_in_any_order_and_filters_narrow_by_framework_and_levels(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);

        (await FindAsync(settings, new LibraryQuery("合格率 验收", StandardFrameworks.National2021))).Select(e => e.Name)
            .ShouldBe(["设备验收合格率", "工程验收合格率"], ignoreOrder: true);
        (await FindAsync(settings, new LibraryQuery("成本", StandardFrameworks.National2021, "成本指标", "社会成本指标"))).ShouldAllBe(e => e.Level2 == "社会成本指标");
        (await FindAsync(settings, new LibraryQuery("人均培训成本", StandardFrameworks.National2015))).ShouldHaveSingleItem().Level2.ShouldBe("成本指标");
        (await FindAsync(settings, new LibraryQuery("人均培训成本"))).Count.ShouldBe(3);
        (await FindAsync(settings, new LibraryQuery("人均培训成本", "no-such-framework"))).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Wildcards_are_taken_literally_and_retired_entries_are_not_offered(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);
        (await FindAsync(settings, new LibraryQuery("%"))).ShouldBeEmpty();
        (await FindAsync(settings, new LibraryQuery("_"))).ShouldBeEmpty();

        await using (var db = settings.CreateContext())
        {
            await db.LibraryEntries.Where(e => e.Name == "培训合格率").ExecuteUpdateAsync(s => s.SetProperty(e => e.Retired, true));
        }

        (await FindAsync(settings, new LibraryQuery("培训合格"))).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Latin_letters_find_entries_by_the_pinyin_initials_of_their_names(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: false);

        (await FindAsync(settings, new LibraryQuery("yshgl", StandardFrameworks.National2021))).Select(e => e.Name)
            .ShouldBe(["工程验收合格率", "设备验收合格率"], ignoreOrder: true);
        (await FindAsync(settings, new LibraryQuery("PXHG", StandardFrameworks.National2021)))[0].Name.ShouldBe("培训合格率");
        (await FindAsync(settings, new LibraryQuery("sb 合格率", StandardFrameworks.National2021))).ShouldHaveSingleItem().Name.ShouldBe("设备验收合格率");
        (await FindAsync(settings, new LibraryQuery("qqqqq"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Entries_stored_without_initials_get_them_at_the_next_start()
    {
        var settings = await databases.CreateInitializedAsync(DatabaseProvider.Sqlite, demoMode: false);
        await using (var db = settings.CreateContext())
        {
            await db.LibraryEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.NameInitials, string.Empty));
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).InitializeAsync(demoMode: false);
        }

        await using var read = settings.CreateContext();
        (await read.LibraryEntries.CountAsync(e => e.NameInitials == string.Empty)).ShouldBe(0);
        (await read.LibraryEntries.FirstAsync(e => e.Name == "培训合格率")).NameInitials.ShouldBe("pxhgl");
    }

    [Fact]
    public async Task On_PostgreSQL_the_name_search_can_use_the_trigram_index()
    {
        var settings = await databases.CreateInitializedAsync(DatabaseProvider.PostgreSql, demoMode: false);
        await using var db = settings.CreateContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");

        var plan = string.Join('\n', await db.Database.SqlQueryRaw<string>(
            "EXPLAIN SELECT \"Id\" FROM \"LibraryEntries\" WHERE \"Name\" LIKE '%验收合格%'").ToListAsync());

        plan.ShouldContain("IX_LibraryEntries_Name_Trigrams");
        var initialsPlan = string.Join('\n', await db.Database.SqlQueryRaw<string>(
            "EXPLAIN SELECT \"Id\" FROM \"LibraryEntries\" WHERE \"NameInitials\" LIKE '%yshg%'").ToListAsync());
        initialsPlan.ShouldContain("IX_LibraryEntries_NameInitials_Trigrams");
    }
}
