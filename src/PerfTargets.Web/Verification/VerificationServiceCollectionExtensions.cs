using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PerfTargets.Core.Verification;
using PerfTargets.Data.Verification;
using PerfTargets.Web.Setup;

namespace PerfTargets.Web.Verification;

/// <summary>
/// The approval mark's services — settings, signer and lookup, which the verify page and the PDF
/// renderer use — and the rate limit of the public verify page.
/// </summary>
public static class VerificationServiceCollectionExtensions
{
    /// <summary>The rate limit policy of the verify page: a fixed window of one minute per client address.</summary>
    public const string RateLimitPolicy = "verify";

    public static IServiceCollection AddPerfTargetsVerification(this IServiceCollection services)
    {
        // Read when first needed; IntegrityStartup asks first, so a wrong setting stops start-up in one log line.
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return VerificationSettings.From(configuration[VerificationSettings.PublicBaseUrlKey], configuration[VerificationSettings.RequestsPerMinuteKey]);
        });
        services.AddSingleton(sp => new ApprovalMarkSigner(SecretKeySource.Verification.Load(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<ILogger<ApprovalMarkSigner>>())));
        services.AddScoped<ApprovedVersionLookup>();
        services.AddRateLimiter(options =>
        {
            // The refusal's page is the error page's, in Chinese, through the status code pages.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<VerificationSettings>().RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
