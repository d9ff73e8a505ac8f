using System.Data.Common;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;
using PerfTargets.Web.Setup;

namespace PerfTargets.Web.Auditing;

/// <summary>
/// Writes a checkpoint of the audit chain's head when the application has started, every
/// Audit:CheckpointMinutes while it runs, and when it stops — each only if the head has moved.
/// </summary>
internal sealed partial class AuditCheckpointSchedule(IServiceScopeFactory scopes, AuditCheckpointFile file, AuditSettings settings, IConfiguration configuration, ILogger<AuditCheckpointSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration.GetValue<bool>(DatabaseStartup.DemoModeKey))
        {
            await ArchiveForeignCheckpointsAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(settings.CheckpointInterval);
        do
        {
            await WriteAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(cancellationToken);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await file.WriteAsync(scope.ServiceProvider.GetRequiredService<AuditTrail>(), cancellationToken);
        }
        catch (Exception e) when (CannotReachStore(e))
        {
            LogNotWritten(logger, file.Path, e.GetBaseException().Message);
        }
    }

    /// <summary>
    /// Demo mode only: checkpoints of a chain that is not this database's — signed with a key since
    /// regenerated, or older than the chain's first row (the demo database was deleted and made
    /// again) — are moved aside. A chain cut short or rewritten keeps its checkpoints, which say so.
    /// </summary>
    private async Task ArchiveForeignCheckpointsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var checkpoints = (await file.ReadAsync(cancellationToken)).Where(l => !string.IsNullOrWhiteSpace(l)).Select(AuditCheckpoint.Parse).ToList();
            if (checkpoints.Count == 0)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var chain = scope.ServiceProvider.GetRequiredService<AuditChain>();
            var startedAt = await scope.ServiceProvider.GetRequiredService<AuditTrail>().StartedAtAsync(cancellationToken);
            if (checkpoints.Any(c => c is null || !chain.IsGenuine(c)) || startedAt is null || startedAt > checkpoints.Max(c => c!.At))
            {
                file.Archive();
            }
        }
        catch (Exception e) when (CannotReachStore(e))
        {
            LogNotWritten(logger, file.Path, e.GetBaseException().Message);
        }
    }

    /// <summary>The database or the checkpoint file could not be reached: said in the log, never fatal to the application.</summary>
    private static bool CannotReachStore(Exception e) => e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "审计检查点未能写入 {Path}：{Reason}")]
    private static partial void LogNotWritten(ILogger logger, string path, string reason);
}
