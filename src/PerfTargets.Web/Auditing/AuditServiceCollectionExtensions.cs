using PerfTargets.Core.Auditing;
using PerfTargets.Core.Security;
using PerfTargets.Web.Setup;

namespace PerfTargets.Web.Auditing;

/// <summary>The audit trail's key, settings and checkpoints.</summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddPerfTargetsAuditing(this IServiceCollection services)
    {
        // Read when first needed; IntegrityStartup asks first, so a wrong setting stops start-up in one log line.
        services.AddSingleton(sp => AuditSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => new AuditChain(
            SecretKeySource.Audit.Load(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath, sp.GetRequiredService<ILogger<AuditChain>>())
            ?? throw new SettingException(
                $"审计配置错误：未设置 {AuditSettings.KeyKey}。审计日志的哈希链以此密钥签名，密钥须保存在数据库之外：设置 32 字节以上的 Base64 密钥（openssl rand -base64 32），并与备份一同保管。")));
        services.AddSingleton<AuditCheckpointFile>();
        services.AddScoped<IntegrityCheck>();
        return services;
    }

    /// <summary>
    /// The scheduled checkpoints; registered after the database's start-up, which migrates first.
    /// </summary>
    public static IServiceCollection AddAuditCheckpointSchedule(this IServiceCollection services) =>
        services.AddHostedService<AuditCheckpointSchedule>();
}
