using PerfTargets.Data.Setup;
using PerfTargets.Web.Auditing;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Setup;

/// <summary>
/// 命令行宿主: what the verbs print, verify-audit, backup and recount-problems run in instead of the web host. It reads
/// the configuration as the web host does (appsettings.json, appsettings.{environment}.json, environment
/// variables, the command line; the environment from ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT, the
/// content root from --contentRoot or the working folder) and registers only what the verbs use:
/// logging, the database, the verification and audit keys, the PDF services. No Kestrel, no pages, no
/// start-up services — so nothing is migrated unless the verb is asked to (print --migrate; verify-audit
/// migrates first, as it always has). create-admin needs the sign-in services and keeps the web host.
/// </summary>
internal static class CommandHost
{
    /// <summary>Whether <paramref name="args"/> name a verb this host runs.</summary>
    public static bool Runs(string[] args) => args is [PrintCommand.Verb or VerifyAuditCommand.Verb or BackupCommand.Verb or RecountProblemsCommand.Verb, ..];

    public static async Task<int> RunAsync(string[] args)
    {
        using var host = Build(args);
        var services = host.Services;
        if (args is [PrintCommand.Verb or VerifyAuditCommand.Verb, ..] && IntegrityStartup.ProblemOf(services) is { } settingProblem)
        {
            await Console.Error.WriteLineAsync($"启动失败：{settingProblem}");
            return 1;
        }

        return args switch
        {
            [PrintCommand.Verb, .. var rest] => await PrintCommand.RunAsync(services, rest),
            [VerifyAuditCommand.Verb, .. var rest] => await VerifyAuditCommand.RunAsync(services, rest),
            [BackupCommand.Verb, .. var rest] => await BackupCommand.RunAsync(services, rest),
            [RecountProblemsCommand.Verb, .. var rest] => await RecountProblemsCommand.RunAsync(services, rest),
            _ => throw new ArgumentException("Not a verb of the command host.", nameof(args)),
        };
    }

    private static IHost Build(string[] args)
    {
        // The host's own settings (environment, content root) as the web host reads them: DOTNET_ and ASPNETCORE_ variables, then the arguments.
        var hostSettings = new ConfigurationManager();
        hostSettings.AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Configuration = hostSettings,
            ContentRootPath = hostSettings[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory(),
        });
        builder.Configuration
            .SetBasePath(builder.Environment.ContentRootPath)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        builder.Services.AddPerfTargetsLogging(builder.Configuration);
        builder.Services.AddPerfTargetsDatabase(DatabaseStartup.SettingsOf);
        builder.Services.AddPerfTargetsVerification();
        builder.Services.AddPerfTargetsAuditing();
        builder.Services.AddPerfTargetsPrinting(builder.Configuration);
        return builder.Build();
    }
}
