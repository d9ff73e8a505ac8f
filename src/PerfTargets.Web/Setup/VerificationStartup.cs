using PerfTargets.Core.Verification;

namespace PerfTargets.Web.Setup;

/// <summary>
/// Reads the verification settings and key before anything else starts: a wrong one ends start-up
/// with one log line naming it. Without a key outside demo mode the application runs, and says
/// once that approved versions print without a signature.
/// </summary>
internal sealed partial class VerificationStartup(IServiceProvider services, ILogger<VerificationStartup> logger) : IHostedLifecycleService
{
    private ApprovalMarkSigner? signer;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            services.GetRequiredService<VerificationSettings>();
            signer = services.GetRequiredService<ApprovalMarkSigner>();
        }
        catch (VerificationConfigurationException e)
        {
            LogCannotStart(logger, e.Message);
            throw new StartupFailedException(e.Message, e);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Once everything is up, so that a start failing for another reason says only that.</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (signer is { Signs: false })
        {
            LogUnsigned(logger, VerificationSettings.KeyKey);
        }

        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "启动失败：{Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "未设置 {Setting}：已批复的申报表打印时只带版本号、内容哈希和核验网址，不带核验码。请设置 32 字节以上的 Base64 密钥（openssl rand -base64 32）。")]
    private static partial void LogUnsigned(ILogger logger, string setting);
}
