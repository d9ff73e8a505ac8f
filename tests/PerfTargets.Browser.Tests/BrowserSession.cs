using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using PerfTargets.Testing;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// The application as a user meets it: started as its own process on a free port (demo mode, on
/// a database of a real PostgreSQL server started for the session, as in production), and Debian's
/// chromium driven by Playwright. Missing chromium or PostgreSQL fails the tests with the fix; they
/// are never skipped.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly PostgresServer postgres = new();
    private string connectionString = string.Empty;
    private Process? server;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The SMTP server the application mails its reminders to.</summary>
    public SmtpSink Mail { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>axe-core over every page of the contexts made here.</summary>
    public AccessibilityAudit Accessibility { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} not found: run scripts/test.sh as root to install Debian's chromium.");
        }

        await postgres.InitializeAsync();
        connectionString = await postgres.CreateDatabaseAsync();
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        server = StartServer();
        await WaitUntilLiveAsync();
        playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(Patience);
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        await Mail.DisposeAsync();
        await postgres.DisposeAsync();
    }

    /// <summary>The password of every demo account.</summary>
    public const string DemoPassword = "PerfTargets-demo";

    /// <summary>
    /// How long an action or an expectation may wait. On CI the other test assemblies run beside
    /// this one on two cores, and Playwright's defaults (30 s, 5 s) were not always enough there.
    /// </summary>
    private const float Patience = 90_000;

    /// <summary>A browser context in Chinese at this size, on the application (with these cookies, if given).</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, int height, string? storageState = null, string locale = "zh-CN")
    {
        // Reduced motion, as many office users set it: Bootstrap then drops its transitions, so that
        // axe, which checks a page while the test goes on, never reads a colour halfway through one.
        var context = await Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl, StorageState = storageState, ReducedMotion = ReducedMotion.Reduce });
        context.SetDefaultTimeout(Patience);
        Accessibility.Watch(context);
        return context;
    }

    /// <summary>The cookies of each user's first sign-in through the page, for the contexts of the tests after it.</summary>
    private readonly ConcurrentDictionary<string, string> sessions = new();

    /// <summary>
    /// A fresh page in its own browser context, in Chinese, at a desktop size, signed in as
    /// <paramref name="user"/>, on the declaration list. A user's first page signs in through the
    /// sign-in page; later pages start with the session cookie that sign-in set (as a browser kept
    /// open would), and sign in again only if it no longer holds.
    /// </summary>
    public async Task<IPage> NewPageAsync(string user)
    {
        if (sessions.TryGetValue(user, out var state))
        {
            var resumed = await (await NewContextAsync(1400, 900, state)).NewPageAsync();
            await resumed.GotoAsync("/declarations");
            if (new Uri(resumed.Url).AbsolutePath == "/declarations")
            {
                return resumed;
            }

            await resumed.Context.CloseAsync();
        }

        var context = await NewContextAsync(1400, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/declarations");
        sessions[user] = await context.StorageStateAsync();
        return page;
    }

    private Process StartServer()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PerfTargets.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        start.Environment["ASPNETCORE_CONTENTROOT"] = WebProjectFolder();
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Database__Provider"] = "PostgreSQL";
        start.Environment["ConnectionStrings__PerfTargets"] = connectionString;
        start.Environment["Audit__Key"] = Testing.TestKeys.AuditKey;
        foreach (var (key, value) in Mail.Settings(BaseUrl))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Audit__CheckpointPath"] = Path.Combine(Path.GetTempPath(), $"perftargets-browser-audit-{Guid.NewGuid():N}.log");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"The application exited with {server.ExitCode} before it was ready.");
            }

            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The application did not become ready within two minutes.");
    }

    /// <summary>The web project's folder, whose wwwroot the application serves.</summary>
    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "PerfTargets.Web");
            if (Directory.Exists(Path.Combine(candidate, "wwwroot")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/PerfTargets.Web not found above the test folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The browser tests share one application and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
