using System.Data.Common;
using System.Threading.Channels;
using PerfTargets.Data.Queries;

namespace PerfTargets.Web.Validation;

/// <summary>
/// Settles stale 审核检查计数 in the background: at start (rows an upgrade left unjudged) and after
/// the admin changes 审核规则设置 (every draft is judged by the new settings). Until it is through,
/// a list judges the stale rows it shows itself, so no list reads a wrong count meanwhile.
/// </summary>
public sealed partial class ProblemRecount(IServiceScopeFactory scopes, ILogger<ProblemRecount> logger) : BackgroundService
{
    // One pending request is enough: a recount started after the latest change covers every earlier one.
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a recount once the current one (if any) is through.</summary>
    public void Request() => requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Request();
        await foreach (var _ in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var judged = await scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>().RecountStaleProblemsAsync(cancellationToken: stoppingToken);
                if (judged > 0)
                {
                    LogRecounted(logger, judged);
                }
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
            {
                LogFailed(logger, e.GetBaseException().Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "审核检查计数已重新计算：{Count} 份申报表")]
    private static partial void LogRecounted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "审核检查计数未能重新计算（列表会在显示时逐行计算）：{Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
