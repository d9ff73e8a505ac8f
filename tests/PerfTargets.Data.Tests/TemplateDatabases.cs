using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests;

/// <summary>
/// The databases tests start from, each a copy of a template built once per provider in the test
/// process: migrating and loading the demo data cost seconds, copying a file or a PostgreSQL
/// template a fraction of that. A test of migrating or of the first start itself takes an empty
/// database (<see cref="TestDatabases.CreateAsync"/>) and does it.
/// </summary>
internal static class TemplateDatabases
{
    /// <summary>The schema and nothing else.</summary>
    public static Task<DatabaseSettings> CreateMigratedAsync(this TestDatabases databases, DatabaseProvider provider) =>
        databases.CopyOfAsync(provider, "migrated", async settings =>
        {
            await using var db = settings.CreateContext();
            await db.Database.MigrateAsync();
        });

    /// <summary>As the application's first start leaves it: the frameworks and the library, and the demo data in demo mode.</summary>
    public static Task<DatabaseSettings> CreateInitializedAsync(this TestDatabases databases, DatabaseProvider provider, bool demoMode) =>
        databases.CopyOfAsync(provider, demoMode ? "demo" : "installed", settings => InitializeAsync(settings, demoMode));

    /// <summary>A demo database whose review sections have seals, as demo mode's start gives them, so that approvals can stamp.</summary>
    public static Task<DatabaseSettings> CreateDemoWithSealsAsync(this TestDatabases databases, DatabaseProvider provider) =>
        databases.CopyOfAsync(provider, "demo with seals", async settings =>
        {
            await InitializeAsync(settings, demoMode: true);
            await using var db = settings.CreateContext();
            foreach (var section in await db.ReviewSections.ToListAsync())
            {
                db.Seals.Add(new Seal { Owner = SealOwner.ReviewSection, OwnerId = section.Id, Png = [0x89, 0x50], Width = 1, Height = 1, Sha256 = new string('a', 64), CreatedBy = "test", CreatedAt = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        });

    /// <summary>What the application's start does to a database (migrate, load what is missing).</summary>
    public static async Task InitializeAsync(DatabaseSettings settings, bool demoMode)
    {
        await using var db = settings.CreateContext();
        await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).InitializeAsync(demoMode);
    }
}
