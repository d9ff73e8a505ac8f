using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Setup;

/// <summary>
/// <c>verify-audit</c>: walks the whole audit trail on the configured database and checks every
/// link and hash. Exit code 0 when the chain is intact, 3 when it is broken, 1 when the database
/// cannot be read — so that a scheduled job can alert.
/// </summary>
internal static class VerifyAuditCommand
{
    public const string Verb = "verify-audit";

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        AuditVerification result;
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demoMode: false);
            result = await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync();
        }
        catch (Exception e) when (e is DatabaseConfigurationException or System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"无法读取审计日志：{e.GetBaseException().Message}");
            return 1;
        }

        if (result.Intact)
        {
            await Console.Out.WriteLineAsync($"审计日志完整：{result.Count} 条记录，哈希链逐条校验通过。");
            return 0;
        }

        await Console.Error.WriteLineAsync($"审计日志被篡改：{result.Problem}（此前 {result.Count} 条校验通过）");
        return 3;
    }
}
