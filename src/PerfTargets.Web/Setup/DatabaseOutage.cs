using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using PerfTargets.Web.Api;

namespace PerfTargets.Web.Setup;

/// <summary>
/// A request that failed because the database cannot be reached is answered 503 with a Retry-After,
/// here and at once: the error page would need the database itself (the session is checked against
/// it, the top bar counts from it) and would end as an empty 500. Pages get a page in Chinese that
/// needs nothing; the API gets problem details.
/// </summary>
internal sealed class DatabaseOutage : IExceptionHandler
{
    public const string Message = "数据库暂时无法访问，请稍后再试";

    /// <summary>How long a client is asked to wait: a restarting database server is usually back within it.</summary>
    private const int RetryAfterSeconds = 30;

    private const string Page = $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{Message}} - 绩效目标申报系统</title></head>
        <body style="font-family: sans-serif; text-align: center; padding: 4rem 1rem; color: #212529">
        <main>
        <p style="font-size: 3rem; color: #6c757d; margin: 0">503</p>
        <h1 style="font-size: 1.5rem">{{Message}}</h1>
        <p style="color: #6c757d">系统暂时连不上数据库，您的操作没有执行。请稍后刷新本页；若长时间如此，请联系系统管理员。</p>
        </main>
        </body>
        </html>
        """;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOutage(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        var response = httpContext.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        // The request may be the error page's own re-execution of an API call's status (a 401 …).
        if (httpContext.IsApiCall())
        {
            await ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "database-unavailable", Message, $"{Message}（约 {RetryAfterSeconds} 秒后）。").ExecuteAsync(httpContext);
            return true;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Page, cancellationToken);
        return true;
    }

    /// <summary>
    /// The database could not be reached or opened — not a fault of a statement: a connection
    /// refused or broken, a server shutting down or out of connections, a SQLite file that cannot
    /// be opened, read or locked.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var outage = e switch
            {
                PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("53", StringComparison.Ordinal),
                NpgsqlException => true,
                // SQLITE_BUSY 5, LOCKED 6, READONLY 8, IOERR 10, CORRUPT 11, CANTOPEN 14, NOTADB 26.
                SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 8 or 10 or 11 or 14 or 26,
                DbException db => db.IsTransient,
                _ => false,
            };
            if (outage)
            {
                return true;
            }
        }

        return false;
    }
}
