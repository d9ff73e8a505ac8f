using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Data;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests;

/// <summary>A database ready for the application, and whether the application runs on it in demo mode.</summary>
public sealed record AppDatabase(DatabaseSettings Settings, bool DemoMode);

/// <summary>
/// Databases as the application leaves them after its first start, copied from a template that
/// one start of the application built, so that each test's application starts without migrating
/// the schema, loading the demo data or drawing the demo seals again.
/// </summary>
public static class AppDatabases
{
    /// <summary>As a demo installation starts: the seed declarations, demo accounts and seals.</summary>
    public static async Task<AppDatabase> DemoAsync(this TestDatabases databases, DatabaseProvider provider) =>
        new(await databases.CopyOfAsync(provider, "demo", settings => FirstStartAsync(settings, demoMode: true)), DemoMode: true);

    /// <summary>The application in demo mode on a database of its own (SQLite unless asked otherwise).</summary>
    public static async Task<PerfTargetsApp> DemoAppAsync(this TestDatabases databases, DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(await databases.DemoAsync(provider));

    /// <summary>As a production installation starts: the schema, standard frameworks and roles, no accounts.</summary>
    public static async Task<AppDatabase> InstalledAsync(this TestDatabases databases, DatabaseProvider provider) =>
        new(await databases.CopyOfAsync(provider, "installed", settings => FirstStartAsync(settings, demoMode: false)), DemoMode: false);

    private static async Task FirstStartAsync(DatabaseSettings settings, bool demoMode)
    {
        await using var app = new PerfTargetsApp(settings, demoMode);
        using var scope = app.Services.CreateScope(); // the host has started: the database is migrated and filled
        var db = scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PerfTargetsUser>>();
        // The demo accounts were hashed with the production rounds; the tests' applications sign in with fewer.
        foreach (var user in await db.Users.ToListAsync())
        {
            user.PasswordHash = hasher.HashPassword(user, DemoAccounts.Password);
        }

        await db.SaveChangesAsync();
    }
}
