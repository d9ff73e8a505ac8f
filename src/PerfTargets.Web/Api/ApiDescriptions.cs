namespace PerfTargets.Web.Api;

/// <summary>
/// What the OpenAPI document says of each kind of /api/v1 action, said once: the problems an
/// endpoint may answer, the group of changing actions, and a workflow action (提交、撤回、审核通过、退回…).
/// </summary>
internal static class ApiDescriptions
{
    /// <summary>The changes under <paramref name="group"/>: a browser session must carry the antiforgery token; the body may be unreadable (400), the resource absent (404).</summary>
    public static RouteGroupBuilder MapChanges(this RouteGroupBuilder group) =>
        group.MapGroup("").AddEndpointFilter<CookieAntiforgeryFilter>().ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

    /// <summary>
    /// A workflow action: a <see cref="WorkflowRequest"/> in, the resource in its new state out; refused
    /// when the state changed meanwhile (409) or the concurrency stamp is missing (428), besides the
    /// action's own <paramref name="problems"/>. Problems are listed in status order.
    /// </summary>
    public static RouteHandlerBuilder WorkflowAction<TResource>(this RouteHandlerBuilder endpoint, params int[] problems) =>
        endpoint.Accepts<WorkflowRequest>("application/json").Produces<TResource>()
            .ProducesProblems([.. problems.Append(StatusCodes.Status409Conflict).Append(StatusCodes.Status428PreconditionRequired).Order()]);

    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint;
    }

    public static RouteGroupBuilder ProducesProblems(this RouteGroupBuilder group, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            group.ProducesProblem(status);
        }

        return group;
    }
}
