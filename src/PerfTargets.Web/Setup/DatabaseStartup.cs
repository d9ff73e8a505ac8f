using System.Data.Common;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Setup;

/// <summary>
/// Opens and migrates the database before the server takes requests, so that the application
/// never starts half-working: a wrong provider or an unreachable database ends start-up with one
/// log line that says what to fix.
/// </summary>
internal sealed partial class DatabaseStartup(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DatabaseStartup> logger) : StartupCheck
{
    public const string DemoModeKey = "Demo:Enabled";

    /// <summary>The configured database (Database:Provider, ConnectionStrings:PerfTargets), a relative SQLite file under the content root.</summary>
    public static DatabaseSettings SettingsOf(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        return DatabaseSettings.From(
            configuration[DatabaseSettings.ProviderKey],
            configuration.GetConnectionString(DatabaseSettings.ConnectionStringName),
            services.GetRequiredService<IHostEnvironment>().ContentRootPath);
    }

    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        var demoMode = configuration.GetValue<bool>(DemoModeKey);
        await using var scope = scopes.CreateAsyncScope();
        DatabaseSettings settings;
        try
        {
            settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        }
        catch (DatabaseConfigurationException e)
        {
            throw CannotStart(e.Message, e);
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demoMode, cancellationToken);
            if (demoMode)
            {
                await DemoSeals.AddMissingAsync(scope.ServiceProvider, logger, cancellationToken);
            }
        }
        catch (DatabaseConfigurationException e)
        {
            throw CannotStart(e.Message, e);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or IOException)
        {
            var message = $"无法打开数据库（{settings.Provider}）：{e.GetBaseException().Message} —— 请检查 {DatabaseSettings.ProviderKey} 与 ConnectionStrings:{DatabaseSettings.ConnectionStringName}，并确认数据库服务器可达、账户有建表权限。";
            throw CannotStart(message, e);
        }

        LogReady(logger, settings.Provider, demoMode ? "演示模式" : "正式模式");
    }

    private StartupFailedException CannotStart(string reason, Exception cause)
    {
        LogCannotStart(logger, reason);
        return new StartupFailedException(reason, cause);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "启动失败：{Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "数据库就绪：{Provider}，{Mode}")]
    private static partial void LogReady(ILogger logger, DatabaseProvider provider, string mode);
}
