using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Declarations;
using PerfTargets.Data;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Tests;

/// <summary>The application as it runs, on a test database of either provider.</summary>
public sealed class PerfTargetsApp(string provider, string connectionString, bool demoMode) : WebApplicationFactory<Program>
{
    public PerfTargetsApp(DatabaseSettings settings, bool demoMode)
        : this(settings.Provider.ToString(), settings.ConnectionString, demoMode)
    {
    }

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseSettings.ProviderKey, provider);
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", connectionString);
        builder.UseSetting("Demo:Enabled", demoMode ? "true" : "false");
    }
}
