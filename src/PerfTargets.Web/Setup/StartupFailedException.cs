namespace PerfTargets.Web.Setup;

/// <summary>
/// Start-up cannot go on — the database cannot be opened or brought up to date, a setting is
/// wrong — and the reason is already logged, in one line.
/// </summary>
public sealed class StartupFailedException : Exception
{
    public StartupFailedException()
    {
    }

    public StartupFailedException(string message)
        : base(message)
    {
    }

    public StartupFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
