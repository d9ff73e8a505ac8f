using System.Globalization;
using Serilog;

namespace PerfTargets.Web.Setup;

/// <summary>The application's logging, for the web host and the command-line verbs alike: Serilog as the Serilog section configures it, to the console.</summary>
internal static class SerilogSetup
{
    public static IServiceCollection AddPerfTargetsLogging(this IServiceCollection services, IConfiguration configuration) =>
        // preserveStaticLogger: each host logs through its own logger, not the process-wide Log.Logger
        // that the last host built would otherwise replace (hosts side by side in the tests).
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture), preserveStaticLogger: true);
}
