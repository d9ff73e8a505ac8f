namespace PerfTargets.Data.Queries;

/// <summary>Which database a per-process cache entry belongs to: one process may serve several (the tests do).</summary>
internal static class DatabaseIdentity
{
    public static string CacheKey(this PerfTargetsDbContext db) => db.Database.GetConnectionString() ?? string.Empty;
}
