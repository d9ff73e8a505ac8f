using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace PerfTargets.Testing;

/// <summary>
/// A real PostgreSQL server for the tests: initdb into a temporary folder, started on its own
/// port, removed afterwards. Missing server binaries fail the tests with the fix; they are never
/// skipped. As root (CI), the server runs as the <c>postgres</c> system user, since PostgreSQL
/// refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SystemUser = "postgres";
    private readonly string root = Path.Combine(Path.GetTempPath(), "perftargets-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string binaries = FindBinaries();
    private readonly ConcurrentDictionary<string, Lazy<Task>> closedTemplates = new();
    private int databaseCount;

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(root, "data");

    private static bool IsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        if (IsRoot)
        {
            await RunAsync("chown", SystemUser, root);
        }

        Port = FreePort();
        await RunServerToolAsync("initdb", "-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var options = string.Join(' ',
            $"-p {Port}", "-c listen_addresses=127.0.0.1", $"-k {root}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200");
        await RunServerToolAsync("pg_ctl", "start", "-w", "-t", "60", "-D", DataDirectory, "-l", Path.Combine(root, "server.log"), "-o", options);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunServerToolAsync("pg_ctl", "stop", "-D", DataDirectory, "-m", "immediate", "-w");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Creates an empty database of its own and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => CreateDatabaseAsync(template: null);

    /// <summary>
    /// Creates a database of its own as a copy of <paramref name="templateConnectionString"/>'s
    /// (CREATE DATABASE … TEMPLATE). The template is closed to connections first, as PostgreSQL
    /// copies only a database no one is connected to.
    /// </summary>
    public async Task<string> CopyDatabaseAsync(string templateConnectionString)
    {
        var template = new NpgsqlConnectionStringBuilder(templateConnectionString).Database!;
        await closedTemplates.GetOrAdd(template, _ => new(async () =>
        {
            await ExecuteAsync($"ALTER DATABASE {template} WITH ALLOW_CONNECTIONS false");
            await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{template}'");
        })).Value;
        return await CreateDatabaseAsync(template);
    }

    private async Task<string> CreateDatabaseAsync(string? template)
    {
        var name = "perftargets_" + Interlocked.Increment(ref databaseCount).ToString(CultureInfo.InvariantCulture);
        await ExecuteAsync(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
        return ConnectionString(name);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ConnectionString;

    private Task RunServerToolAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", SystemUser, "--", Path.Combine(binaries, tool), .. arguments])
            : RunAsync(Path.Combine(binaries, tool), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PERFTARGETS_PG_BIN");
        var candidates = configured is not null
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin"))
                    .ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin. " +
                "Run scripts/test.sh as root to install them, or set PERFTARGETS_PG_BIN to their folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
