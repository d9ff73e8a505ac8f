using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Departments;
using PerfTargets.Data.Publishing;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Data.Rounds;
using PerfTargets.Data.Seals;

namespace PerfTargets.Data.Setup;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers both providers' contexts and exposes the configured one as
    /// <see cref="PerfTargetsDbContext"/>, which is all the rest of the application asks for.
    /// The settings are read when first needed, so that a wrong setting is reported at start-up
    /// by whoever initialises the database, in one place.
    /// </summary>
    public static IServiceCollection AddPerfTargetsDatabase(this IServiceCollection services, Func<IServiceProvider, DatabaseSettings> settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(sp => new ReferenceCache(sp.GetRequiredService<TimeProvider>(), RecheckSetting.ReferenceData.Interval(sp.GetService<IConfiguration>())));
        services.AddSingleton<ReferenceCacheEviction>();
        services.AddDbContext<SqlitePerfTargetsDbContext>((sp, options) => options
            .UsePerfTargetsSqlite(sp.GetRequiredService<DatabaseSettings>().ConnectionString)
            .AddInterceptors(sp.GetRequiredService<ReferenceCacheEviction>()));
        services.AddDbContext<PostgresPerfTargetsDbContext>((sp, options) => options
            .UsePerfTargetsPostgres(sp.GetRequiredService<DatabaseSettings>().ConnectionString)
            .AddInterceptors(sp.GetRequiredService<ReferenceCacheEviction>()));
        services.AddScoped<PerfTargetsDbContext>(sp => sp.GetRequiredService<DatabaseSettings>().Provider switch
        {
            DatabaseProvider.Sqlite => sp.GetRequiredService<SqlitePerfTargetsDbContext>(),
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgresPerfTargetsDbContext>(),
            var other => throw new ArgumentOutOfRangeException(nameof(settings), other, null),
        });
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DraftDeclarations>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditedChanges>();
        services.AddScoped<DeclarationReviews>();
        services.AddScoped<RoundChanges>();
        services.AddScoped<ContinuingDrafts>();
        services.AddScoped<Notices.NoticeBox>();
        services.AddScoped<Notices.MailOutbox>();
        services.AddScoped<Notices.RoundUrging>();
        services.AddScoped<FrozenVersions>();
        services.AddScoped<Library.LibrarySearch>();
        services.AddScoped<Library.LibraryListing>();
        services.AddScoped<Library.LibraryEditing>();
        services.AddScoped<Library.ApprovedDeclarations>();
        services.AddScoped<Library.HistorySearch>();
        services.AddScoped<ProblemAcceptances>();
        services.AddScoped<Publications>();
        services.AddScoped<Reports.ReportDesk>();
        services.AddScoped<Reports.FrozenReports>();
        services.AddScoped<PublicListings>();
        services.AddScoped<SealChanges>();
        services.AddScoped<DepartmentGoals>();
        services.AddScoped<Accounts.AccessTokens>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// A context for tools and tests that work outside a service container; it reads the reference
    /// data through <paramref name="references"/> when given one, else from the database each time.
    /// </summary>
    public static PerfTargetsDbContext CreateContext(this DatabaseSettings settings, ReferenceCacheEviction? references = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => ProviderOptions.CreateSqlite(settings.ConnectionString, references),
            DatabaseProvider.PostgreSql => ProviderOptions.CreatePostgres(settings.ConnectionString, references),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null),
        };
    }
}
