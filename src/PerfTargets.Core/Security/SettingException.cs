namespace PerfTargets.Core.Security;

/// <summary>配置错误: a setting (a key, an address) is wrong in a way the operator must fix before the application can start.</summary>
public sealed class SettingException : Exception
{
    public SettingException()
    {
    }

    public SettingException(string message)
        : base(message)
    {
    }

    public SettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
