using System.Data.Common;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Setup;

/// <summary>
/// <c>recount-problems [--all]</c>: judges the declarations whose stored 审核检查计数 are stale (never
/// judged, or drafts judged before the rule settings changed) and stores their counts; with --all,
/// every declaration. The running application does the same in the background; this is for an
/// upgrade done offline or a check after one. Exit code 0, or 1 when the database cannot be read.
/// </summary>
internal static class RecountProblemsCommand
{
    public const string Verb = "recount-problems";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demoMode: false);
            var db = scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>();
            if (CommandOptions.Has(args, "--all"))
            {
                await db.ForgetProblemCountsAsync();
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            var judged = await db.RecountStaleProblemsAsync();
            await Console.Out.WriteLineAsync($"已重新计算 {judged} 份申报表的审核检查计数（{started.Elapsed.TotalSeconds:0.0} 秒）。");
            return 0;
        }
        catch (Exception e) when (e is DatabaseConfigurationException or DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"无法读取数据库：{e.GetBaseException().Message}");
            return 1;
        }
    }
}
