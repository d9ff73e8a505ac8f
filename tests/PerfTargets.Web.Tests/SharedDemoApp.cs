using PerfTargets.Testing;

namespace PerfTargets.Web.Tests;

/// <summary>
/// One demo application for the cases of a class that change nothing another case reads (access
/// matrices, refused input): a start of its own per case would only repeat the same start.
/// </summary>
public class SharedDemoApp : IAsyncLifetime
{
    private readonly TestDatabases databases = new();

    public PerfTargetsApp App { get; private set; } = null!;

    public virtual async Task InitializeAsync() => App = await databases.DemoAppAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await databases.DisposeAsync();
    }
}
