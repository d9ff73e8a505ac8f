using Microsoft.Data.Sqlite;

namespace PerfTargets.Data.Setup;

/// <summary>
/// Which database to use, read from configuration: <c>Database:Provider</c> (Sqlite or PostgreSQL)
/// and <c>ConnectionStrings:PerfTargets</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "PerfTargets";
    public const string DefaultSqliteConnectionString = "Data Source=data/perftargets.db";

    /// <summary>
    /// Reads the settings; a relative SQLite file is placed under <paramref name="contentRoot"/>
    /// and its folder created. Throws <see cref="DatabaseConfigurationException"/> naming the key to fix.
    /// </summary>
    public static DatabaseSettings From(string? provider, string? connectionString, string contentRoot)
    {
        var parsed = ParseProvider(provider);
        if (parsed == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new DatabaseConfigurationException(
                    $"数据库配置错误：{ProviderKey} 为 PostgreSQL，但未设置连接字符串 ConnectionStrings:{ConnectionStringName}（环境变量 ConnectionStrings__{ConnectionStringName}）。");
            }

            return new DatabaseSettings(parsed, connectionString);
        }

        return new DatabaseSettings(parsed, SqliteWithAbsolutePath(connectionString ?? DefaultSqliteConnectionString, contentRoot));
    }

    private static DatabaseProvider ParseProvider(string? provider) => ProviderNamed(provider)
        ?? throw new DatabaseConfigurationException($"数据库配置错误：{ProviderKey} 为 “{provider}”，只支持 Sqlite（内嵌默认）或 PostgreSQL。");

    /// <summary>The provider a <c>Database:Provider</c> setting names; null for a word it does not know.</summary>
    public static DatabaseProvider? ProviderNamed(string? provider) => provider?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
        _ => null,
    };

    private static string SqliteWithAbsolutePath(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseConfigurationException($"数据库配置错误：SQLite 连接字符串无效（{e.Message}）。", e);
        }

        if (builder.DataSource is not (":memory:" or "") && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
