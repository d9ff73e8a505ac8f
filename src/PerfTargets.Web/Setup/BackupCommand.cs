using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Setup;

/// <summary>
/// <c>backup --out FILE</c>: a consistent copy of the configured database, also while the
/// application runs. SQLite through its online backup API (a copy of one moment, whatever is being
/// written); PostgreSQL through <c>pg_dump --format=custom</c>. Exit 0 written, 2 wrong usage,
/// 1 the database could not be read or the copy failed, 3 pg_dump not on PATH (the command to run is printed).
/// </summary>
internal static class BackupCommand
{
    public const string Verb = "backup";
    private const string PgDump = "pg_dump";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var output = CommandOptions.Value(args, "--out");
        if (string.IsNullOrWhiteSpace(output))
        {
            await Console.Error.WriteLineAsync("用法：backup --out 备份文件（SQLite 得到数据库文件的副本，PostgreSQL 得到 pg_dump --format=custom 的归档）");
            return 2;
        }

        DatabaseSettings settings;
        try
        {
            settings = services.GetRequiredService<DatabaseSettings>();
        }
        catch (DatabaseConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        output = Path.GetFullPath(output);
        return settings.Provider == DatabaseProvider.Sqlite
            ? await BackUpSqliteAsync(settings.ConnectionString, output)
            : await BackUpPostgresAsync(settings.ConnectionString, output);
    }

    private static async Task<int> BackUpSqliteAsync(string connectionString, string output)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            await Console.Error.WriteLineAsync($"没有数据库文件 {source.DataSource}，无可备份。");
            return 1;
        }

        // Written under another name and moved into place: a failed backup never leaves half a file at --out.
        var partial = $"{output}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var from = new SqliteConnection(source.ConnectionString))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ConnectionString))
            {
                await from.OpenAsync();
                await to.OpenAsync();
                from.BackupDatabase(to);
            }

            File.Move(partial, output, overwrite: true);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            await Console.Error.WriteLineAsync($"备份失败：{e.Message}");
            return 1;
        }

        await Console.Out.WriteLineAsync($"已备份 {source.DataSource} 到 {output}（{new FileInfo(output).Length.ToString("N0", CultureInfo.InvariantCulture)} 字节）。");
        return 0;
    }

    private static async Task<int> BackUpPostgresAsync(string connectionString, string output)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        string[] arguments = ["--format=custom", $"--file={output}", $"--host={connection.Host}", $"--port={connection.Port.ToString(CultureInfo.InvariantCulture)}", $"--username={connection.Username}", $"--dbname={connection.Database}"];
        var program = FindOnPath(PgDump);
        if (program is null)
        {
            await Console.Error.WriteLineAsync($"PATH 中没有 {PgDump}（PostgreSQL 客户端，Debian 上的 postgresql-client 包）。请在装有它的机器上运行：");
            await Console.Error.WriteLineAsync($"PGPASSWORD='…' {PgDump} {string.Join(' ', arguments.Select(Quote))}");
            return 3;
        }

        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(connection.Password))
        {
            // Never on the command line, where other users of the machine could read it.
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            await Console.Error.WriteLineAsync($"{PgDump} 失败（退出码 {process.ExitCode}）：{error.Trim()}");
            return 1;
        }

        await Console.Out.WriteLineAsync($"已备份数据库 {connection.Database}（{connection.Host}:{connection.Port}）到 {output}（{new FileInfo(output).Length.ToString("N0", CultureInfo.InvariantCulture)} 字节）。");
        return 0;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    private static string Quote(string argument) => argument.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or ';' or '&')
        ? $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'"
        : argument;
}
