using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfTargets.Web.Tests;

/// <summary>
/// The SQL the application sends, each command with the request it served (see
/// <see cref="PerfTargetsApp.SqlCommands"/>): what a request costs the database, counted rather than timed.
/// Commands sent outside a request (start-up, background work) are kept under an empty path.
/// It also records each query EF compiles: a query found in EF's cache is not compiled again, so a
/// query compiled on every request (a new constant in its expression each time) shows here.
/// </summary>
public sealed class SqlCommands : DbCommandInterceptor, IQueryExpressionInterceptor
{
    private readonly ConcurrentQueue<(string Request, string Sql)> sent = new();

    private readonly ConcurrentQueue<(string Request, string Query)> compiled = new();

    /// <summary>Reads the request a command serves; the host registers the accessor (AddHttpContextAccessor).</summary>
    private readonly HttpContextAccessor requests = new();

    /// <summary>Forgets what was sent so far.</summary>
    public void Clear()
    {
        sent.Clear();
        compiled.Clear();
    }

    /// <summary>The commands sent while serving requests to this path (and query), in order.</summary>
    public IReadOnlyList<string> For(string pathAndQuery) =>
        [.. sent.Where(c => c.Request == pathAndQuery).Select(c => c.Sql)];

    /// <summary>The queries compiled while serving requests to this path (and query), as their LINQ expressions.</summary>
    public IReadOnlyList<string> CompiledFor(string pathAndQuery) =>
        [.. compiled.Where(c => c.Request == pathAndQuery).Select(c => c.Query)];

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(queryExpression);
        compiled.Enqueue((RequestPath(), queryExpression.ToString()));
        return queryExpression;
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        sent.Enqueue((RequestPath(), result.CommandText));
        return result;
    }

    private string RequestPath() => requests.HttpContext?.Request is { } request ? request.Path + request.QueryString : string.Empty;
}
