using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests;

/// <summary>
/// One demo application for the cases of a class that change nothing another case reads (access
/// matrices, refused input, pages only read, changes to a declaration no other case of the class
/// reads): a start of its own per case would only repeat the same start. The SQLite application
/// starts with the class; the PostgreSQL one only when a case first asks for it.
/// </summary>
public class SharedDemoApp : IAsyncLifetime
{
    private readonly Lazy<Task<PerfTargetsApp>> postgreSql;

    public SharedDemoApp() => postgreSql = new(() => Databases.DemoAppAsync(DatabaseProvider.PostgreSql));

    /// <summary>Where the applications' databases come from.</summary>
    protected TestDatabases Databases { get; } = new();

    /// <summary>The application on SQLite.</summary>
    public PerfTargetsApp App { get; protected set; } = null!;

    /// <summary>The application on this provider: <see cref="App"/> for SQLite, one started on first use for PostgreSQL.</summary>
    public Task<PerfTargetsApp> OnAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? postgreSql.Value : Task.FromResult(App);

    public virtual async Task InitializeAsync() => App = await Databases.DemoAppAsync();

    public async Task DisposeAsync()
    {
        if (postgreSql.IsValueCreated)
        {
            await (await postgreSql.Value).DisposeAsync();
        }

        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Databases.DisposeAsync();
    }
}

/// <summary>For a class whose cases all run on PostgreSQL (<see cref="SharedDemoApp.OnAsync"/>): no SQLite application is started.</summary>
public sealed class SharedPostgreSqlDemoApp : SharedDemoApp
{
    public override Task InitializeAsync() => Task.CompletedTask;
}
