using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PerfTargets.Web.Tests;

/// <summary>
/// Runs the built application as its own process, as an operator would start it, for the
/// behaviour only a whole process shows: its exit code and what it logs when it cannot start, and
/// what a freshly started process answers first (nothing of the test's own process warmed up).
/// </summary>
internal static class ApplicationProcess
{
    /// <summary>The address every process is given unless a test sets its own: outside demo mode the application needs one.</summary>
    public const string PublicBaseUrl = "https://perftargets.test";

    public sealed record Run(int ExitCode, string Output)
    {
        public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>The one line a process that could not start says, after checking that it ended with exit code 1.</summary>
        public string OnlyLineOfFailure()
        {
            ExitCode.ShouldBe(1, Output);
            return Lines.ShouldHaveSingleItem();
        }
    }

    public static async Task<Run> RunUntilExitAsync(Dictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(environment, "http://127.0.0.1:0", arguments);
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

    /// <summary>
    /// Starts the application over HTTPS (a throw-away self-signed certificate: the session cookie is
    /// Secure) and returns once it answers /health/live; disposing it ends the process.
    /// </summary>
    public static async Task<Running> StartAsync(Dictionary<string, string> environment)
    {
        var certificate = Path.Combine(Path.GetTempPath(), $"perftargets-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(certificate, created.Export(X509ContentType.Pfx, "test"));
        }

        var address = new Uri($"https://127.0.0.1:{FreePort()}");
        var process = Start(
            new(environment) { ["Kestrel__Certificates__Default__Path"] = certificate, ["Kestrel__Certificates__Default__Password"] = "test" },
            address.ToString().TrimEnd('/'));
        var running = new Running(process, address, certificate);
        using var probe = running.CreateClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                await running.DisposeAsync();
                throw new InvalidOperationException($"The application ended with {process.ExitCode}:\n{running.Output}");
            }

            try
            {
                if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return running;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                // Not listening yet: probe again shortly, or stop at once if the process ends.
                await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(100));
            }
        }
    }

    private static Process Start(Dictionary<string, string> environment, string urls, params string[] arguments)
    {
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "PerfTargets.Web.dll"), .. arguments])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = urls;
        start.Environment["Verification__PublicBaseUrl"] = PublicBaseUrl;
        start.Environment["Audit__Key"] = Testing.TestKeys.AuditKey;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A started application process; its output is collected while it runs.</summary>
    public sealed class Running : IAsyncDisposable
    {
        private readonly Process process;
        private readonly string certificate;
        private readonly System.Text.StringBuilder output = new();

        public Running(Process process, Uri address, string certificate)
        {
            this.process = process;
            this.certificate = certificate;
            Address = address;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Uri Address { get; }

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        /// <summary>A client of this process that keeps cookies and trusts its certificate.</summary>
        public HttpClient CreateClient() => new(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator })
        {
            BaseAddress = Address,
        };

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            process.Dispose();
            File.Delete(certificate);
        }

        private void Append(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
