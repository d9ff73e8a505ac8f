using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests;

/// <summary>A fresh database with the schema and nothing else.</summary>
internal static class MigratedDatabases
{
    public static async Task<DatabaseSettings> CreateMigratedAsync(this TestDatabases databases, DatabaseProvider provider)
    {
        var settings = await databases.CreateAsync(provider);
        await using var db = settings.CreateContext();
        await db.Database.MigrateAsync();
        return settings;
    }
}
