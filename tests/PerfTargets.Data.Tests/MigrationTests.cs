using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests;

public class MigrationTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model(DatabaseProvider provider)
    {
        var settings = await databases.CreateAsync(provider);
        await using var db = settings.CreateContext();

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model changed without a migration for this provider");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_database_made_before_the_squash_is_refused_untouched_saying_what_to_do(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: true);
        await using (var db = settings.CreateContext())
        {
            // Its tables are all there, recorded under the migrations of a build that this one squashed.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "__EFMigrationsHistory" SET "MigrationId" = '20261203130524_Initial'""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsHistory" VALUES ('20261205021703_ReportRecordTriggers', '10.0.0')""");
        }

        var refusal = await Should.ThrowAsync<DatabaseConfigurationException>(() => TemplateDatabases.InitializeAsync(settings, demoMode: true));

        refusal.Message.ShouldStartWith("数据库由另一版本的程序创建：其迁移记录中有 2 项本程序没有的迁移（20261203130524_Initial 等）");
        refusal.Message.ShouldContain("ConnectionStrings:PerfTargets");
        if (provider == DatabaseProvider.Sqlite)
        {
            refusal.Message.ShouldEndWith($"若是演示数据库，可删除 {new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource}，下次启动会重新载入演示数据。");
        }
        else
        {
            refusal.Message.ShouldNotContain("删除");
        }

        await using var unchanged = settings.CreateContext();
        (await unchanged.Database.GetAppliedMigrationsAsync()).ShouldBe(["20261203130524_Initial", "20261205021703_ReportRecordTriggers"]);
        (await unchanged.Declarations.CountAsync()).ShouldBe(11);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Declaration_lists_are_indexed_by_department_year_and_status(DatabaseProvider provider)
    {
        await using var db = (await databases.CreateAsync(provider)).CreateContext();

        var indexes = db.Model.FindEntityType(typeof(Declaration))!.GetIndexes()
            .Select(i => string.Join(',', i.Properties.Select(p => p.Name)));

        indexes.ShouldContain("DepartmentId,BudgetYear,Status");
        indexes.ShouldContain("BudgetYear,Status");
    }
}
