using PerfTargets.Core.Auditing;
using PerfTargets.Core.Security;
using PerfTargets.Core.Verification;
using PerfTargets.Web.Auditing;

namespace PerfTargets.Web.Setup;

/// <summary>
/// Reads the settings and keys that integrity rests on — the approval mark's and the audit
/// chain's — before anything else starts: a wrong or (for the audit key, outside demo mode)
/// missing one ends start-up with one log line naming it. Without a verification key outside demo
/// mode the application runs, and says once that approved versions print without a signature.
/// Outside demo mode it does not start without <c>Verification:PublicBaseUrl</c> unless
/// AllowedHosts names the hosts: otherwise any client's Host header would become the address
/// printed on an approved form.
/// </summary>
internal sealed partial class IntegrityStartup(IServiceProvider services, IConfiguration configuration, ILogger<IntegrityStartup> logger) : StartupCheck
{
    public const string AllowedHostsKey = "AllowedHosts";

    private ApprovalMarkSigner? signer;

    public override Task StartingAsync(CancellationToken cancellationToken)
    {
        if ((ProblemOf(services) ?? PublicAddressProblem()) is { } problem)
        {
            LogCannotStart(logger, problem);
            throw new StartupFailedException(problem);
        }

        signer = services.GetRequiredService<ApprovalMarkSigner>();
        return Task.CompletedTask;
    }

    /// <summary>What is wrong with the verification and audit settings, or null: for start-up and for the verbs, which do not start the host.</summary>
    public static string? ProblemOf(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetRequiredService<VerificationSettings>();
            services.GetRequiredService<ApprovalMarkSigner>();
            services.GetRequiredService<AuditSettings>();
            services.GetRequiredService<AuditChain>();
            return null;
        }
        catch (SettingException e)
        {
            return e.Message;
        }
    }

    /// <summary>Outside demo mode, an approved form's address must not come from a client's Host header.</summary>
    private string? PublicAddressProblem() =>
        services.GetRequiredService<VerificationSettings>().PublicBaseUrl is null && !configuration.GetValue<bool>(DatabaseStartup.DemoModeKey) && !HostsAreNamed(configuration[AllowedHostsKey])
            ? $"核验配置错误：未设置 {VerificationSettings.PublicBaseUrlKey}，且 {AllowedHostsKey} 未限定主机，已批复申报表上的核验网址将取自请求的 Host 头，可被任意改写。"
                + $"请把 {VerificationSettings.PublicBaseUrlKey}（环境变量 Verification__PublicBaseUrl）设为本系统对外的网址，如 https://jxmb.example.gov.cn；或把 {AllowedHostsKey} 设为本系统的主机名（不能是 *）。"
            : null;

    /// <summary>Host filtering then refuses any other Host header, so the request's host is one of these.</summary>
    private static bool HostsAreNamed(string? allowedHosts)
    {
        var hosts = (allowedHosts ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hosts.Length > 0 && !hosts.Contains("*");
    }

    /// <summary>Once everything is up, so that a start failing for another reason says only that.</summary>
    public override Task StartedAsync(CancellationToken cancellationToken)
    {
        if (signer is { Signs: false })
        {
            LogUnsigned(logger, VerificationSettings.KeyKey);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "启动失败：{Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "未设置 {Setting}：已批复的申报表打印时只带版本号、内容哈希和核验网址，不带核验码。请设置 32 字节以上的 Base64 密钥（openssl rand -base64 32）。")]
    private static partial void LogUnsigned(ILogger logger, string setting);
}
