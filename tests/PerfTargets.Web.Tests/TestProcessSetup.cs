using System.Runtime.CompilerServices;

namespace PerfTargets.Web.Tests;

/// <summary>
/// Each test host watches its configuration and web root for changes, with one inotify instance
/// per watcher; hundreds of hosts in one run would exhaust the machine's limit (128 per user).
/// Polling watchers need none.
/// </summary>
internal static class TestProcessSetup
{
    [ModuleInitializer]
    internal static void UsePollingFileWatchers() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
