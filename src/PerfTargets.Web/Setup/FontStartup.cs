using PerfTargets.Pdf.Fonts;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Setup;

/// <summary>
/// Loads the PDF fonts at start-up rather than at the first print: a configured font that is
/// missing, unreadable or not TrueType ends start-up with one log line naming it; so does a
/// Pdf:CacheMegabytes that is not a whole number from 0.
/// </summary>
internal sealed partial class FontStartup(IServiceProvider services, ILogger<FontStartup> logger) : StartupCheck
{
    /// <summary>Before the database is migrated, so that a wrong font is the one thing said.</summary>
    public override Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            services.GetRequiredService<FontLibrary>();
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or IOException)
        {
            LogCannotStart(logger, FontOptions.SectionName, e.Message);
            throw new StartupFailedException(e.Message, e);
        }

        try
        {
            services.GetRequiredService<FrozenPdfCache>();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            LogCacheCannotStart(logger, FrozenPdfCache.MegabytesKey);
            throw new StartupFailedException(e.Message, e);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "启动失败：打印字体（{Section}）无法使用：{Reason}")]
    private static partial void LogCannotStart(ILogger logger, string section, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "启动失败：{Setting} 应为不小于 0 的整数（兆字节，0 为不缓存 PDF）。")]
    private static partial void LogCacheCannotStart(ILogger logger, string setting);
}
