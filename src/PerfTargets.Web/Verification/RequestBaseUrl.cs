using Microsoft.AspNetCore.Http.Extensions;

namespace PerfTargets.Web.Verification;

/// <summary>
/// The address a request came to — scheme, host and path base — on which verification addresses
/// are built when <c>Verification:PublicBaseUrl</c> is not set.
/// </summary>
public static class RequestBaseUrl
{
    public static Uri BaseUrl(this HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/"));
    }
}
