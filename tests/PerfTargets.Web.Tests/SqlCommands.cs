using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfTargets.Web.Tests;

/// <summary>
/// The SQL the application sends, each command with the request it served (see
/// <see cref="PerfTargetsApp.SqlCommands"/>): what a request costs the database, counted rather than timed.
/// Commands sent outside a request (start-up, background work) are kept under an empty path.
/// </summary>
public sealed class SqlCommands : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Request, string Sql)> sent = new();

    /// <summary>Reads the request a command serves; the host registers the accessor (AddHttpContextAccessor).</summary>
    private readonly HttpContextAccessor requests = new();

    /// <summary>Forgets what was sent so far.</summary>
    public void Clear() => sent.Clear();

    /// <summary>The commands sent while serving requests to this path (and query), in order.</summary>
    public IReadOnlyList<string> For(string pathAndQuery) =>
        [.. sent.Where(c => c.Request == pathAndQuery).Select(c => c.Sql)];

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var request = requests.HttpContext?.Request;
        sent.Enqueue((request is null ? string.Empty : request.Path + request.QueryString, result.CommandText));
        return result;
    }
}
