using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using PerfTargets.Data.Setup;
using PerfTargets.Web.Api;
using PerfTargets.Web.Auditing;
using PerfTargets.Web.Notices;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Reports;
using PerfTargets.Web.Seals;
using PerfTargets.Web.Setup;
using PerfTargets.Web.Validation;
using PerfTargets.Web.Verification;
using PerfTargets.Web.Viewing;
using Serilog;

// print, verify-audit and backup run without the web host: a fraction of its start-up.
if (CommandHost.Runs(args))
{
    return await CommandHost.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPerfTargetsLogging(builder.Configuration);
builder.Services.AddPerfTargetsDatabase(DatabaseStartup.SettingsOf);
// First: a wrong verification or audit setting stops start-up before the database is touched.
builder.Services.AddHostedService<IntegrityStartup>();
builder.Services.AddPerfTargetsVerification();
builder.Services.AddPerfTargetsAuditing();
// Fonts are checked before the database is migrated, so that a wrong font is the one line said.
builder.Services.AddPerfTargetsPrinting(builder.Configuration);
builder.Services.AddPerfTargetsReports(builder.Configuration);
builder.Services.AddHostedService<DatabaseStartup>();
// After the database's start-up: the reminder job's schedule lives in tables the migrations create.
builder.Services.AddPerfTargetsReminders(builder.Configuration);
builder.Services.AddSingleton<ProblemRecount>();
builder.Services.AddHostedService(services => services.GetRequiredService<ProblemRecount>());
builder.Services.AddAuditCheckpointSchedule();
builder.Services.AddExceptionHandler<AlteredVersionHandler>();
if (PasswordPolicy.Named(builder.Configuration["Security:PasswordPolicy"]) is not { } passwordPolicy)
{
    await Console.Error.WriteLineAsync($"启动失败：Security:PasswordPolicy 为 “{builder.Configuration["Security:PasswordPolicy"]}”，只支持 Asvs（默认）或 Dengbao（等保）。");
    return 1;
}

builder.Services.AddPerfTargetsAccounts(passwordPolicy);
builder.Services.AddDataProtection().SetApplicationName("PerfTargets").PersistKeysToDbContext<PerfTargetsDbContext>();
// The key ring (sign-in cookies, antiforgery tokens) lives in the application's own database, so
// reading it takes the database access that already yields all that the keys guard; a certificate
// kept beside the server would be one more secret to rotate on every host. Stored as plain XML by
// choice, said here rather than warned about on every first start.
builder.Services.Configure<KeyManagementOptions>(options => options.XmlEncryptor = new NullXmlEncryptor());
builder.Services.AddHealthChecks().AddDbContextCheck<PerfTargetsDbContext>("database");
builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
// The editor posts every row of a declaration at once: up to 500 indicators of about 20 fields
// and 500 budget lines of about 11; the default limit of 1,024 fields would refuse a large one.
const int formValueLimit = 25_000;
builder.Services.Configure<FormOptions>(options => options.ValueCountLimit = formValueLimit);
// Chinese text goes out as UTF-8, not as &#x...; entities: pages stay readable and a third smaller.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages().AddMvcOptions(options =>
{
    // Every message of the binder and of the DataAnnotations attributes in Chinese, set here once.
    ChineseBindingMessages.Apply(options.ModelBindingMessageProvider);
    options.ModelMetadataDetailsProviders.Add(new ChineseValidationMessages());
    // Days are read as 年-月-日 whatever the browser's language (the fields are text boxes showing yyyy-MM-dd).
    options.ModelBinderProviders.Insert(0, new PerfTargets.Web.Forms.DayModelBinderProvider());
    // A form has at most formValueLimit fields, so no more rows; past its own limit the binder throws
    // (a 500), where the editor says at the list that it has too many (DeclarationForm.MaxRows).
    options.MaxModelBindingCollectionSize = formValueLimit;
    options.Filters.Add<PasswordChangeFilter>();
    // A request that selects no handler of a page is refused before the page renders unloaded.
    options.Filters.Add<UnmatchedHandlerFilter>();
});
builder.Services.Configure<MvcViewOptions>(options => options.ClientModelValidatorProviders.Insert(0, new ImplicitRequiredClientMessages()));
builder.Services.Replace(ServiceDescriptor.Singleton<IHtmlGenerator, NoMaxLengthHtmlGenerator>());
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    // Enumerations by name, as in the declaration documents (and so in the OpenAPI schemas).
    options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false));
});
builder.Services.AddPerfTargetsApi();
builder.Services.AddExceptionHandler<DatabaseOutage>();

var app = builder.Build();
if (args is [CreateAdminCommand.Verb or SeedScaleCommand.Verb, ..] && IntegrityStartup.ProblemOf(app.Services) is { } settingProblem)
{
    await Console.Error.WriteLineAsync($"启动失败：{settingProblem}");
    return 1;
}

if (args is [CreateAdminCommand.Verb, .. var commandArgs])
{
    return await CreateAdminCommand.RunAsync(app.Services, commandArgs);
}

if (args is [SeedScaleCommand.Verb, .. var seedArgs])
{
    return await SeedScaleCommand.RunAsync(app.Services, seedArgs);
}

app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = AlteredVersionHandler.StatusOf });
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSerilogRequestLogging();
app.UseClientDisconnects();
app.UseRequestLocalization("zh-CN");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseHtmlWhitespace();
app.UseApiReference();
app.UseFormNulReplacement();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapApiV1();
app.MapOpenApi(ApiServiceCollectionExtensions.DocumentPath).AllowAnonymous();
app.MapSeals();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();

try
{
    await app.RunAsync();
    return 0;
}
catch (StartupFailedException)
{
    // Already logged, in one line, by DatabaseStartup, IntegrityStartup or FontStartup.
    return 1;
}

/// <summary>The web application's entry point, visible to the integration tests.</summary>
public partial class Program;
