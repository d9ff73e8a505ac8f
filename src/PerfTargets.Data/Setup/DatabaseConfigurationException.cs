namespace PerfTargets.Data.Setup;

/// <summary>The database settings are wrong in a way the operator must fix before the application can start.</summary>
public sealed class DatabaseConfigurationException : Exception
{
    public DatabaseConfigurationException()
    {
    }

    public DatabaseConfigurationException(string message)
        : base(message)
    {
    }

    public DatabaseConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
