namespace PerfTargets.Web.Setup;

/// <summary>
/// A check the host runs as it starts, before anything is served (<see cref="StartingAsync"/>), which
/// stops the start with a <see cref="StartupFailedException"/> when the setup is wrong; the host's
/// later lifecycle steps have nothing to do, unless a check says something once started.
/// </summary>
internal abstract class StartupCheck : IHostedLifecycleService
{
    public abstract Task StartingAsync(CancellationToken cancellationToken);

    public virtual Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
