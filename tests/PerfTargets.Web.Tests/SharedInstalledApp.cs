using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests;

/// <summary>
/// One application of a production installation (schema, standard frameworks and roles; no demo
/// data, no accounts) on SQLite, for the cases of a class that only read from it anonymously: the
/// OpenAPI document, refused verify addresses.
/// </summary>
public sealed class SharedInstalledApp : IAsyncLifetime
{
    private readonly TestDatabases databases = new();

    public PerfTargetsApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = new PerfTargetsApp(await databases.InstalledAsync(DatabaseProvider.Sqlite));

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await databases.DisposeAsync();
    }
}
