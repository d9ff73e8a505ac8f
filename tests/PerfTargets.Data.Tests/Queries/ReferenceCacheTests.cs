using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Validation.Review;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Queries;

/// <summary>
/// The admin's reference data kept per process and database (<see cref="ReferenceCache"/>): a change
/// this process commits is read at once, one made elsewhere once the recheck interval has passed.
/// </summary>
public class ReferenceCacheTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private readonly ShiftableClock clock = new();

    private ReferenceCacheEviction NewCache() => new(new ReferenceCache(clock, TimeSpan.FromSeconds(RecheckSetting.DefaultSeconds)));

    /// <summary>A database with one review section, saved through <paramref name="cache"/>.</summary>
    private async Task<DatabaseSettings> WithSectionAsync(DatabaseProvider provider, ReferenceCacheEviction cache)
    {
        var settings = await databases.CreateMigratedAsync(provider);
        await using var db = settings.CreateContext(cache);
        db.ReviewSections.Add(new ReviewSection { Name = "业务股室", Organisation = "示范县财政局", Sequence = 1 });
        await db.SaveChangesAsync();
        return settings;
    }

    /// <summary>The section names as a new unit of work of this process reads them.</summary>
    private static async Task<IReadOnlyList<string>> SectionNamesAsync(DatabaseSettings settings, ReferenceCacheEviction cache)
    {
        await using var db = settings.CreateContext(cache);
        return [.. (await db.LoadChainAsync()).Sections.Select(s => s.Name)];
    }

    /// <summary>As another instance of the application, or SQL by hand, would change it: past this process's cache.</summary>
    private static async Task ElsewhereAsync(DatabaseSettings settings, Func<PerfTargetsDbContext, Task> change)
    {
        await using var db = settings.CreateContext();
        await change(db);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_change_saved_in_a_transaction_is_read_by_its_own_context_at_once_and_by_the_others_once_committed(DatabaseProvider provider)
    {
        var cache = NewCache();
        var settings = await WithSectionAsync(provider, cache);
        (await SectionNamesAsync(settings, cache)).ShouldBe(["业务股室"]);

        await using var changing = settings.CreateContext(cache);
        await using (var transaction = await changing.Database.BeginTransactionAsync())
        {
            (await changing.ReviewSections.SingleAsync()).Name = "业务股";
            await changing.SaveChangesAsync();

            (await changing.LoadChainAsync()).Sections.Single().Name.ShouldBe("业务股");
            (await SectionNamesAsync(settings, cache)).ShouldBe(["业务股室"]);
            await transaction.CommitAsync();
        }

        (await SectionNamesAsync(settings, cache)).ShouldBe(["业务股"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_change_made_elsewhere_is_read_once_the_recheck_interval_has_passed_and_not_before(DatabaseProvider provider)
    {
        var cache = NewCache();
        var settings = await WithSectionAsync(provider, cache);
        (await SectionNamesAsync(settings, cache)).ShouldBe(["业务股室"]);

        await ElsewhereAsync(settings, db => db.Database.ExecuteSqlRawAsync("UPDATE \"ReviewSections\" SET \"Name\" = '业务股'"));
        // Half the interval: the clock runs on as the test does.
        clock.Advance(TimeSpan.FromSeconds(RecheckSetting.DefaultSeconds / 2));
        (await SectionNamesAsync(settings, cache)).ShouldBe(["业务股室"]);

        clock.Advance(TimeSpan.FromSeconds(RecheckSetting.DefaultSeconds / 2));
        (await SectionNamesAsync(settings, cache)).ShouldBe(["业务股"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_rule_settings_in_force_now_are_kept_while_those_in_force_at_a_moment_are_read_exactly(DatabaseProvider provider)
    {
        var cache = NewCache();
        var settings = await databases.CreateMigratedAsync(provider);
        var first = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var second = first.AddDays(1);
        int firstId;
        await using (var db = settings.CreateContext(cache))
        {
            var revision = RuleSettingsRevision.Of(new RuleSettings { MinimumIndicators = 4 }, first, null, "admin", null);
            db.RuleSettingsRevisions.Add(revision);
            await db.SaveChangesAsync();
            firstId = revision.Id;
            (await db.RuleSettingsAsync()).MinimumIndicators.ShouldBe(4);
        }

        await ElsewhereAsync(settings, async db =>
        {
            db.RuleSettingsRevisions.Add(RuleSettingsRevision.Of(new RuleSettings { MinimumIndicators = 5 }, second, null, "admin", null));
            await db.SaveChangesAsync();
        });

        await using (var db = settings.CreateContext(cache))
        {
            (await db.RuleSettingsAsync()).MinimumIndicators.ShouldBe(4);
            (await db.CurrentRuleSettingsRevisionAsync()).ShouldBe(firstId);
            (await db.RuleSettingsAsync(second)).MinimumIndicators.ShouldBe(5);
            (await db.RuleSettingsAsync(first)).MinimumIndicators.ShouldBe(4);
        }

        clock.Advance(TimeSpan.FromSeconds(RecheckSetting.DefaultSeconds + 1));
        await using (var db = settings.CreateContext(cache))
        {
            (await db.RuleSettingsAsync()).MinimumIndicators.ShouldBe(5);
            (await db.CurrentRuleSettingsRevisionAsync()).ShouldNotBe(firstId);
        }
    }

    [Fact]
    public async Task Each_database_keeps_its_own_reference_data()
    {
        var cache = NewCache();
        var one = await WithSectionAsync(DatabaseProvider.Sqlite, cache);
        var other = await databases.CreateMigratedAsync(DatabaseProvider.Sqlite);

        (await SectionNamesAsync(one, cache)).ShouldBe(["业务股室"]);
        (await SectionNamesAsync(other, cache)).ShouldBeEmpty();
    }
}
