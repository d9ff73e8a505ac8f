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
    public async Task Declaration_lists_are_indexed_by_department_year_and_status(DatabaseProvider provider)
    {
        await using var db = (await databases.CreateAsync(provider)).CreateContext();

        var indexes = db.Model.FindEntityType(typeof(Declaration))!.GetIndexes()
            .Select(i => string.Join(',', i.Properties.Select(p => p.Name)));

        indexes.ShouldContain("DepartmentId,BudgetYear,Status");
        indexes.ShouldContain("BudgetYear,Status");
    }
}
