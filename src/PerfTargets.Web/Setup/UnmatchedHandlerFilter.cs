using Microsoft.AspNetCore.Mvc.Filters;

namespace PerfTargets.Web.Setup;

/// <summary>
/// A request that selects none of a page's handlers (no handler for its method without a name, and
/// none of the name ?handler= gives) would have Razor Pages render the page without running any: a page that
/// loads what it shows in its handler then fails on what it never loaded. It is answered 405 for a
/// POST and the like, 404 for a GET, before the page runs. A page without handlers renders as usual.
/// </summary>
public sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            var method = context.HttpContext.Request.Method;
            context.Result = new StatusCodeResult(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status405MethodNotAllowed);
            return Task.CompletedTask;
        }

        return next();
    }
}
