using Microsoft.EntityFrameworkCore.Design;

namespace PerfTargets.Data.Setup;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web application.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePerfTargetsDbContext>
{
    public SqlitePerfTargetsDbContext CreateDbContext(string[] args) =>
        ProviderOptions.CreateSqlite("Data Source=design-time.db");
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; no server is contacted to add a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPerfTargetsDbContext>
{
    public PostgresPerfTargetsDbContext CreateDbContext(string[] args) =>
        ProviderOptions.CreatePostgres("Host=localhost;Database=perftargets_design");
}
