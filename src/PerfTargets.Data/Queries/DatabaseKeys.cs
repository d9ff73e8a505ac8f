namespace PerfTargets.Data.Queries;

/// <summary>Which database a context talks to, as the per-process caches of this folder tell databases apart.</summary>
internal static class DatabaseKeys
{
    public static string Of(DbContext db) => db.Database.GetConnectionString() ?? string.Empty;
}
