using Microsoft.AspNetCore.Diagnostics;

namespace PerfTargets.Web.Setup;

/// <summary>
/// The path a request asked for, also while the error page handles it: exception handling and the
/// status code pages re-execute on /error, and keep the original in a feature.
/// </summary>
public static class OriginalPaths
{
    public static string OriginalPath(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value
            ?? string.Empty;
    }

    /// <summary>Whether the request was a call of the JSON API, answered with problem details.</summary>
    public static bool IsApiCall(this HttpContext context) =>
        context.OriginalPath().StartsWith("/api", StringComparison.OrdinalIgnoreCase);
}
