using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PerfTargets.Web.Setup;

namespace PerfTargets.Web.Tests.Setup;

/// <summary>A request its client abandoned ends as 499, not as a 500 in the log; any other cancellation is still a fault.</summary>
public class ClientDisconnectsTests
{
    private static RequestDelegate Pipeline(RequestDelegate endpoint)
    {
        var app = new ApplicationBuilder(new ServiceCollectionProvider());
        app.UseClientDisconnects();
        app.Run(endpoint);
        return app.Build();
    }

    [Fact]
    public async Task A_cancellation_because_the_client_left_ends_as_499()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = gone.Token };

        await Pipeline(c => Task.FromCanceled(c.RequestAborted))(context);

        context.Response.StatusCode.ShouldBe(ClientDisconnects.ClientClosedRequest);
    }

    [Fact]
    public async Task A_cancellation_while_the_client_waits_is_not_hidden()
    {
        var context = new DefaultHttpContext();

        await Should.ThrowAsync<OperationCanceledException>(() => Pipeline(_ => throw new OperationCanceledException())(context));
    }

    private sealed class ServiceCollectionProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
