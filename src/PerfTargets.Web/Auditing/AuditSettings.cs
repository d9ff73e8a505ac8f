using System.Globalization;
using PerfTargets.Core.Security;

namespace PerfTargets.Web.Auditing;

/// <summary>
/// The audit trail's settings: its key (Audit:Key, required outside demo mode), where signed
/// checkpoints of its head are written (Audit:CheckpointPath) and how often (Audit:CheckpointMinutes).
/// </summary>
public sealed record AuditSettings(string CheckpointPath, TimeSpan CheckpointInterval)
{
    public const string KeyKey = "Audit:Key";

    public const string CheckpointPathKey = "Audit:CheckpointPath";

    public const string CheckpointMinutesKey = "Audit:CheckpointMinutes";

    public const string DefaultCheckpointPath = "data/audit-checkpoints.log";

    public const int DefaultCheckpointMinutes = 60;

    /// <summary>Throws <see cref="SettingException"/> naming the setting to fix.</summary>
    public static AuditSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[CheckpointPathKey] is { Length: > 0 } configured ? configured : DefaultCheckpointPath;
        var minutesText = configuration[CheckpointMinutesKey];
        var minutes = DefaultCheckpointMinutes;
        if (!string.IsNullOrWhiteSpace(minutesText)
            && (!int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes < 1 || minutes > 7 * 24 * 60))
        {
            throw new SettingException($"审计配置错误：{CheckpointMinutesKey} 为 “{minutesText}”，应为 1 到 10080 之间的整数（分钟，默认 {DefaultCheckpointMinutes}）。");
        }

        return new AuditSettings(Path.GetFullPath(path, contentRoot), TimeSpan.FromMinutes(minutes));
    }
}
