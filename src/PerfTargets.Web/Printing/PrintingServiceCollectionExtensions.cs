using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Fonts;

namespace PerfTargets.Web.Printing;

/// <summary>
/// The PDF side of the application: one font library for every request (fonts are loaded once), the
/// renderer, the cache of frozen versions' PDFs (Pdf:CacheMegabytes), the print queries.
/// </summary>
public static class PrintingServiceCollectionExtensions
{
    public static IServiceCollection AddPerfTargetsPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        var fonts = configuration.GetSection(FontOptions.SectionName).Get<FontOptions>() ?? new FontOptions();
        services.AddSingleton(provider => new FontLibrary(fonts, provider.GetRequiredService<ILogger<FontLibrary>>()));
        services.AddSingleton(provider => new PdfRenderer(provider.GetRequiredService<FontLibrary>()));
        services.AddSingleton(provider => new FrozenPdfCache(provider.GetRequiredService<IConfiguration>().GetValue(FrozenPdfCache.MegabytesKey, FrozenPdfCache.DefaultMegabytes)));
        services.AddSingleton<DeclarationPdfs>();
        services.AddScoped<DeclarationPrints>();
        services.AddScoped<Publishing.PublicPrints>();
        services.AddScoped<DepartmentPrints>();
        services.AddScoped<RoundPrints>();
        services.AddScoped<PrintLayouts>();
        services.AddHostedService<Setup.FontStartup>();
        return services;
    }
}
