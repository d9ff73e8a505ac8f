namespace PerfTargets.Core.Verification;

/// <summary>核验配置错误: a Verification setting is wrong in a way the operator must fix before the application can start.</summary>
public sealed class VerificationConfigurationException : Exception
{
    public VerificationConfigurationException()
    {
    }

    public VerificationConfigurationException(string message)
        : base(message)
    {
    }

    public VerificationConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
