namespace PerfTargets.Data.Declarations;

/// <summary>Saving under optimistic concurrency: a row changed by someone else since it was loaded is not overwritten.</summary>
internal static class OptimisticSave
{
    /// <summary>
    /// Saves, or returns false when a concurrency token no longer matches (or a unique key was
    /// taken meanwhile); then nothing was written and the context is cleared.
    /// </summary>
    public static async Task<bool> TrySaveChangesAsync(this PerfTargetsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (IsConflict(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>A save refused because someone else's change got there first: a concurrency token or a unique key.</summary>
    public static bool IsConflict(DbUpdateException e) => e is DbUpdateConcurrencyException || IsUniqueViolation(e);

    // PostgreSQL 23505, SQLite 19 (SQLITE_CONSTRAINT) with extended code 2067 (UNIQUE).
    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067,
        _ => false,
    };
}
