using PerfTargets.Data.Setup;
using PerfTargets.Web.Auditing;

namespace PerfTargets.Web.Setup;

/// <summary>
/// <c>verify-audit [--checkpoint FILE] [--write-checkpoint]</c>: on the configured database, checks
/// every link and keyed hash of the audit trail against the checkpoints written outside the
/// database (FILE, by default Audit:CheckpointPath), and every frozen version's content against its
/// hash; with --write-checkpoint, a sound chain's head is then written out as a new checkpoint.
/// Exit code 0 when all holds, 3 when anything is broken (named), 2 for a checkpoint file that is
/// not there, 1 when the database cannot be read — so that a scheduled job can alert.
/// </summary>
internal static class VerifyAuditCommand
{
    public const string Verb = "verify-audit";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var named = CommandOptions.Value(args, "--checkpoint");
        if (named is not null && !File.Exists(named))
        {
            await Console.Error.WriteLineAsync($"找不到检查点文件 {Path.GetFullPath(named)}。");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<IntegrityCheck>();
        IntegrityReport report;
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demoMode: false);
            report = named is null ? await check.RunAsync() : await check.RunAsync(await File.ReadAllLinesAsync(named), Path.GetFullPath(named));
        }
        catch (Exception e) when (e is DatabaseConfigurationException or System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"无法读取审计日志：{e.GetBaseException().Message}");
            return 1;
        }

        foreach (var finding in report.Findings())
        {
            await (report.Intact ? Console.Out : Console.Error).WriteLineAsync(finding);
        }

        if (!report.Intact)
        {
            return 3;
        }

        if (CommandOptions.Has(args, "--write-checkpoint"))
        {
            var written = await check.WriteCheckpointAsync();
            await Console.Out.WriteLineAsync(written is null
                ? "链尾自上一个检查点以来未变，未写入新的检查点。"
                : $"已写入检查点（第 {written.Sequence} 条）：{written.ToLine()}");
        }

        return 0;
    }
}
