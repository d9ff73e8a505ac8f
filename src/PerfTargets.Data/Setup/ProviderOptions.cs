using Microsoft.EntityFrameworkCore.Diagnostics;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Setup;

/// <summary>The one place each provider is configured, for the application, tests and <c>dotnet ef</c> alike.</summary>
internal static class ProviderOptions
{
    /// <summary>
    /// Split queries: a declaration loads its budget lines, indicators and safeguards together,
    /// and one joined query would multiply those rows into each other.
    /// </summary>
    public static DbContextOptionsBuilder UsePerfTargetsSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.WithoutModelCheckAtStart().UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <inheritdoc cref="UsePerfTargetsSqlite"/>
    public static DbContextOptionsBuilder UsePerfTargetsPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.WithoutModelCheckAtStart().UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// Migrate's own check that the model matches the last migration builds the design-time model and
    /// diffs it with the snapshot at every start (about two seconds of each). MigrationTests makes that
    /// check for both providers on every test run, where a forgotten migration is caught before release.
    /// </summary>
    private static DbContextOptionsBuilder WithoutModelCheckAtStart(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static SqlitePerfTargetsDbContext CreateSqlite(string connectionString, ReferenceCacheEviction? references = null)
    {
        var options = new DbContextOptionsBuilder<SqlitePerfTargetsDbContext>();
        options.UsePerfTargetsSqlite(connectionString).WithReferenceCache(references);
        return new SqlitePerfTargetsDbContext(options.Options);
    }

    public static PostgresPerfTargetsDbContext CreatePostgres(string connectionString, ReferenceCacheEviction? references = null)
    {
        var options = new DbContextOptionsBuilder<PostgresPerfTargetsDbContext>();
        options.UsePerfTargetsPostgres(connectionString).WithReferenceCache(references);
        return new PostgresPerfTargetsDbContext(options.Options);
    }

    private static DbContextOptionsBuilder WithReferenceCache(this DbContextOptionsBuilder options, ReferenceCacheEviction? references) =>
        references is null ? options : options.AddInterceptors(references);
}
