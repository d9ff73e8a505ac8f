using System.Diagnostics;

namespace PerfTargets.Web.Tests;

/// <summary>
/// Runs the built application as its own process, as an operator would start it, for the
/// behaviour only a whole process shows: its exit code and what it logs when it cannot start.
/// </summary>
internal static class ApplicationProcess
{
    public sealed record Run(int ExitCode, string Output)
    {
        public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static async Task<Run> RunUntilExitAsync(Dictionary<string, string> environment, params string[] arguments)
    {
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "PerfTargets.Web.dll"), .. arguments])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Audit__Key"] = Testing.TestKeys.AuditKey;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The application kept running although it could not have started.");
        }

        return new Run(process.ExitCode, await output + await error);
    }
}
