using PerfTargets.Data.Setup;
using Xunit;

namespace PerfTargets.Testing;

/// <summary>
/// Hands out empty databases of either provider: a fresh SQLite file, or a fresh database on the
/// one PostgreSQL server this fixture starts for the test collection.
/// </summary>
public sealed class TestDatabases : IAsyncLifetime
{
    private readonly PostgresServer postgres = new();
    private readonly List<SqliteFile> sqliteFiles = [];

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    public Task InitializeAsync() => postgres.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var file in sqliteFiles)
        {
            file.Dispose();
        }

        await postgres.DisposeAsync();
    }

    public async Task<DatabaseSettings> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            return new DatabaseSettings(provider, await postgres.CreateDatabaseAsync());
        }

        var file = new SqliteFile();
        lock (sqliteFiles)
        {
            sqliteFiles.Add(file);
        }

        return new DatabaseSettings(provider, file.ConnectionString);
    }
}
