using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace PerfTargets.Web.Tests;

/// <summary>The application's log events, kept for a test to read (see <see cref="PerfTargetsApp.LogSink"/>).</summary>
internal sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    /// <summary>One line per event: level, source and message, with the exception's type when there is one.</summary>
    public string Describe() => string.Join('\n', Events.Select(e =>
        $"{e.Level} {(e.Properties.TryGetValue("SourceContext", out var source) ? source : null)} {e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {e.Exception?.GetType().Name} {e.Exception?.GetBaseException().Message}"));
}
