using System.Collections.Concurrent;
using PerfTargets.Data.Setup;
using Xunit;

namespace PerfTargets.Testing;

/// <summary>
/// Hands out databases of either provider: a fresh SQLite file, or a fresh database on the
/// PostgreSQL server of this test run; empty, or copied from a template built once.
/// </summary>
/// <remarks>
/// The server and the templates belong to the test process, not to one fixture, so that test
/// classes can each take a fixture of their own and run in parallel without starting a server
/// or building a template each; the server stops when the process ends.
/// </remarks>
public sealed class TestDatabases : IAsyncLifetime
{
    private static readonly Lazy<Task<PostgresServer>> Server = new(StartServerAsync);
    private static readonly ConcurrentDictionary<(DatabaseProvider, string), Lazy<Task<DatabaseSettings>>> Templates = new();
    private static readonly ConcurrentBag<SqliteFile> TemplateFiles = [];
    private readonly ConcurrentBag<SqliteFile> sqliteFiles = [];

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var file in sqliteFiles)
        {
            file.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>An empty database of its own.</summary>
    public Task<DatabaseSettings> CreateAsync(DatabaseProvider provider) => CreateAsync(provider, sqliteFiles);

    /// <summary>
    /// A database of its own, copied from the template named <paramref name="template"/>, which
    /// <paramref name="build"/> fills once per provider (migrating, loading data) on an empty
    /// database: a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL. Tests then
    /// start from the same state without paying for it again.
    /// </summary>
    public async Task<DatabaseSettings> CopyOfAsync(DatabaseProvider provider, string template, Func<DatabaseSettings, Task> build)
    {
        var source = await Templates.GetOrAdd((provider, template), _ => new(async () =>
        {
            var empty = await CreateAsync(provider, TemplateFiles);
            await build(empty);
            return empty;
        })).Value;
        if (provider == DatabaseProvider.PostgreSql)
        {
            return new DatabaseSettings(provider, await (await Server.Value).CopyDatabaseAsync(source.ConnectionString));
        }

        var copy = new SqliteFile();
        sqliteFiles.Add(copy);
        File.Copy(SqliteFile.PathOf(source.ConnectionString), copy.Path);
        return new DatabaseSettings(provider, copy.ConnectionString);
    }

    private static async Task<DatabaseSettings> CreateAsync(DatabaseProvider provider, ConcurrentBag<SqliteFile> files)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            return new DatabaseSettings(provider, await (await Server.Value).CreateDatabaseAsync());
        }

        var file = new SqliteFile();
        files.Add(file);
        return new DatabaseSettings(provider, file.ConnectionString);
    }

    private static async Task<PostgresServer> StartServerAsync()
    {
        var server = new PostgresServer();
        await server.InitializeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().GetAwaiter().GetResult();
        return server;
    }

    static TestDatabases() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var file in TemplateFiles)
        {
            file.Dispose();
        }
    };
}
