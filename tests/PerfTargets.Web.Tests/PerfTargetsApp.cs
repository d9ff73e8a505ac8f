using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Tests;

/// <summary>The application as it runs, on a test database of either provider.</summary>
public sealed class PerfTargetsApp(string provider, string connectionString, bool demoMode) : WebApplicationFactory<Program>
{
    public PerfTargetsApp(DatabaseSettings settings, bool demoMode)
        : this(settings.Provider.ToString(), settings.ConnectionString, demoMode)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseSettings.ProviderKey, provider);
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", connectionString);
        builder.UseSetting("Demo:Enabled", demoMode ? "true" : "false");
    }
}
