using System.Text;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;

namespace PerfTargets.Web.Auditing;

/// <summary>
/// The checkpoint file (Audit:CheckpointPath): one signed checkpoint of the audit chain's head a
/// line, appended, never rewritten. Each line also goes to the log, so that a site whose logs are
/// shipped elsewhere holds a second copy outside the database.
/// </summary>
public sealed partial class AuditCheckpointFile(AuditSettings settings, ILogger<AuditCheckpointFile> logger)
{
    private static readonly SemaphoreSlim Writing = new(1, 1);

    public string Path => settings.CheckpointPath;

    /// <summary>The lines written so far; none when there is no file yet.</summary>
    public async Task<IReadOnlyList<string>> ReadAsync(CancellationToken cancellationToken = default) =>
        File.Exists(Path) ? await File.ReadAllLinesAsync(Path, Encoding.UTF8, cancellationToken) : [];

    /// <summary>
    /// Appends a checkpoint of the head as it stands, unless the last line already names it.
    /// Returns the checkpoint written, or null when the head had not moved.
    /// </summary>
    public async Task<AuditCheckpoint?> WriteAsync(AuditTrail trail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trail);
        await Writing.WaitAsync(cancellationToken);
        try
        {
            var checkpoint = await trail.CheckpointAsync(cancellationToken);
            var last = (await ReadAsync(cancellationToken)).LastOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { } lastLine ? AuditCheckpoint.Parse(lastLine) : null;
            if (last is not null && last.Sequence == checkpoint.Sequence && last.Hash == checkpoint.Hash)
            {
                return null;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var line = checkpoint.ToLine();
            await using (var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                await file.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            LogWritten(logger, line);
            return checkpoint;
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>
    /// Moves the file aside (demo mode only): a demo database deleted to start again begins a new
    /// chain, which the old checkpoints would call cut short.
    /// </summary>
    public void Archive()
    {
        if (File.Exists(Path))
        {
            var archived = $"{Path}.{DateTime.UtcNow:yyyyMMddHHmmss}.old";
            File.Move(Path, archived);
            LogArchived(logger, archived);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "审计检查点 {Checkpoint}")]
    private static partial void LogWritten(ILogger logger, string checkpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "演示模式：原有检查点不属于当前数据库的审计链（演示数据库已重建或密钥已重新生成），原检查点文件已移至 {Path}")]
    private static partial void LogArchived(ILogger logger, string path);
}
