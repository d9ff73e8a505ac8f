using Microsoft.AspNetCore.Diagnostics;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Web.Setup;

namespace PerfTargets.Web.Verification;

/// <summary>
/// A frozen version found altered on any read (review page, API, PDF, comparison) is an alert: it
/// is logged as an error and recorded in the audit trail, and the request ends on the error page
/// (or its problem details) saying 版本内容与其哈希不符, with status 409, instead of showing the content.
/// </summary>
internal sealed partial class AlteredVersionHandler(IServiceScopeFactory scopes, ILogger<AlteredVersionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is AlteredVersionException altered)
        {
            // The handler runs with the path already set to the error page's.
            var path = httpContext.OriginalPath();
            LogAltered(logger, altered.DeclarationId, altered.VersionNumber, altered.ContentHash, path);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().AppendAsync(AuditAction.VersionAltered, httpContext.Actor(), altered.DeclarationId, altered.ContentHash,
                $"第 {altered.VersionNumber} 版的内容与其哈希不符，未予显示（{httpContext.Request.Method} {path}）", CancellationToken.None);
        }

        // The error page explains it, as a page or as problem details.
        return false;
    }

    /// <summary>The status of a request that failed on an altered version: the stored state conflicts with its own record.</summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        AlteredVersionException => StatusCodes.Status409Conflict,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "完整性告警：申报表 {DeclarationId} 第 {VersionNumber} 版的内容与其哈希 {ContentHash} 不符，已拒绝显示（{Path}）")]
    private static partial void LogAltered(ILogger logger, int declarationId, int versionNumber, string contentHash, string path);
}
