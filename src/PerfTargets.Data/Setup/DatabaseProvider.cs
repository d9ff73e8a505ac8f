namespace PerfTargets.Data.Setup;

/// <summary>The database engines PerfTargets runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, no server.</summary>
    Sqlite,

    /// <summary>The production database, through Npgsql.</summary>
    PostgreSql,
}
