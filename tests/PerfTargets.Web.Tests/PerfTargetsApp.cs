using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Declarations;
using PerfTargets.Data;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests;

/// <summary>The application as it runs, on a test database of either provider.</summary>
public sealed class PerfTargetsApp(string provider, string connectionString, bool demoMode) : WebApplicationFactory<Program>
{
    public PerfTargetsApp(DatabaseSettings settings, bool demoMode)
        : this(settings.Provider.ToString(), settings.ConnectionString, demoMode)
    {
    }

    public PerfTargetsApp(AppDatabase database)
        : this(database.Settings, database.DemoMode)
    {
    }

    /// <summary>A client signed in through the real sign-in page (over https: the session cookie is Secure).</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = DemoAccounts.Password)
    {
        var client = CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        var form = await PageForm.LoadAsync(client, "/account/login");
        var response = await form.Set("UserName", userName).Set("Password", password).PostAsync();
        response.EnsureSuccessStatusCode();
        if (response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Could not sign in as {userName}.");
        }

        return client;
    }

    /// <summary>Opens an admin account, as create-admin does, for an installation without demo accounts.</summary>
    public async Task<HttpClient> NewAdminAsync(string userName = "first-admin", string password = "Long-enough-2026")
    {
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PerfTargetsUser>>();
            var user = new PerfTargetsUser { UserName = userName, DisplayName = "管理员", PasswordChangedAt = DateTimeOffset.UtcNow, LockoutEnabled = true };
            (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Core.Accounts.AccountRoles.Admin)).Succeeded.ShouldBeTrue();
        }

        return await SignInAsync(userName, password);
    }

    /// <summary>A client signed in as the demo admin, who reads every declaration.</summary>
    public Task<HttpClient> AdminAsync() => SignInAsync(DemoAccounts.Admin);

    /// <summary>A client signed in as the demo filer of the declaration's department.</summary>
    public async Task<HttpClient> FilerOfAsync(int declarationId)
    {
        var code = await QueryAsync(db => db.Declarations.Where(d => d.Id == declarationId)
            .Join(db.Departments, d => d.DepartmentId, dept => dept.Id, (_, dept) => dept.Code).SingleAsync());
        return await FilerOfDepartmentAsync(code);
    }

    /// <summary>A client signed in as the demo filer of the department with this code.</summary>
    public Task<HttpClient> FilerOfDepartmentAsync(string departmentCode) => SignInAsync(DemoAccounts.Filers[departmentCode].UserName);

    /// <summary>Reads from the application's database, as the application itself sees it.</summary>
    public async Task<T> QueryAsync<T>(Func<PerfTargetsDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>());
    }

    /// <summary>The id of the declaration with this project name.</summary>
    public Task<int> DeclarationIdAsync(string projectName) =>
        QueryAsync(db => db.Declarations.Where(d => d.ProjectName == projectName).Select(d => d.Id).SingleAsync());

    /// <summary>A declaration as stored now, in form order.</summary>
    public Task<Declaration> DeclarationAsync(int id) => QueryAsync(async db =>
    {
        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id);
        declaration.PutInFormOrder();
        return declaration;
    });

    /// <summary>A clock to use instead of the system's, for tests of time.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Where this application writes its audit checkpoints: a file of its own, removed with it.</summary>
    public string CheckpointPath { get; } = Path.Combine(Path.GetTempPath(), $"perftargets-audit-{Guid.NewGuid():N}.log");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(CheckpointPath);
    }

    /// <summary>Receives every log event the application writes past its configured levels.</summary>
    public Serilog.Core.ILogEventSink? LogSink { get; init; }

    /// <summary>Records every SQL command the application sends, with the request it served.</summary>
    public SqlCommands? SqlCommands { get; init; }

    /// <summary>Further configuration, by key (Verification:Key …); it overrides the test audit key, checkpoint file and public address.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The PBKDF2 rounds of a password hash in tests. The production default (100,000) costs each
    /// sign-in about a tenth of a second of CPU, hundreds of times a run; the scheme is the same.
    /// </summary>
    public const int PasswordHashRounds = 1_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashRounds));
        if (Clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }

        if (LogSink is { } sink)
        {
            // Program's Serilog set-up reads sinks from the services.
            builder.ConfigureServices(services => services.AddSingleton(sink));
        }

        if (SqlCommands is { } commands)
        {
            builder.ConfigureServices(services =>
            {
                services.AddHttpContextAccessor();
                services.ConfigureDbContext<SqlitePerfTargetsDbContext>(options => options.AddInterceptors(commands));
                services.ConfigureDbContext<PostgresPerfTargetsDbContext>(options => options.AddInterceptors(commands));
            });
        }

        builder.UseEnvironment("Testing");
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting(DatabaseSettings.ProviderKey, provider);
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", connectionString);
        builder.UseSetting("Demo:Enabled", demoMode ? "true" : "false");
        builder.UseSetting("Audit:Key", TestKeys.AuditKey);
        builder.UseSetting("Audit:CheckpointPath", CheckpointPath);
        // The reminder job runs only where a test asks for it (Settings: Reminders:Enabled), not beside every test.
        builder.UseSetting("Reminders:Enabled", "false");
        if (!demoMode)
        {
            // Outside demo mode the application does not start without it (Settings may replace it).
            builder.UseSetting("Verification:PublicBaseUrl", ApplicationProcess.PublicBaseUrl);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
