namespace PerfTargets.Data;

/// <summary>The context on SQLite, the embedded default; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqlitePerfTargetsDbContext(DbContextOptions<SqlitePerfTargetsDbContext> options) : PerfTargetsDbContext(options);
