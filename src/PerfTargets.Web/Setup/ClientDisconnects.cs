namespace PerfTargets.Web.Setup;

/// <summary>
/// A request whose client went away (a closed tab, a program's timeout) is cancelled part-way; the
/// cancellation is no fault of ours and nobody reads the answer, so it is ended as 499 (client
/// closed request) rather than logged as a 500.
/// </summary>
public static class ClientDisconnects
{
    public const int ClientClosedRequest = 499;

    public static IApplicationBuilder UseClientDisconnects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next();
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
    });
}
