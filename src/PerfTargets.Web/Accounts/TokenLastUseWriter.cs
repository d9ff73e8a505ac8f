using PerfTargets.Data.Accounts;

namespace PerfTargets.Web.Accounts;

/// <summary>Writes the access tokens' noted uses (<see cref="TokenLastUses"/>) once a minute, and once more when the application stops.</summary>
public sealed partial class TokenLastUseWriter(TokenLastUses uses, IServiceScopeFactory scopes, TimeProvider clock, ILogger<TokenLastUseWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TokenLastUses.Period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await uses.FlushAsync(scope.ServiceProvider.GetRequiredService<AccessTokens>(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotWritten(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access tokens' last uses not written; kept for the next attempt")]
    private static partial void LogNotWritten(ILogger logger, Exception exception);
}
