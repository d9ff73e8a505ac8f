namespace PerfTargets.Data;

/// <summary>The context on PostgreSQL, the production database; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresPerfTargetsDbContext(DbContextOptions<PostgresPerfTargetsDbContext> options) : PerfTargetsDbContext(options);
