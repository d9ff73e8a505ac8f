using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Api;

/// <summary>
/// Reads a JSON request body of at most <c>Api:MaxBodyBytes</c> (2 MiB: a declaration of 500
/// indicators is about 400 KB), so that a 10 MB string is refused as too large before it is parsed.
/// </summary>
public static class ApiBody
{
    public const string LimitKey = "Api:MaxBodyBytes";

    public const int DefaultLimit = ReceivedDeclaration.MaxBytes;

    /// <summary>The body's bytes, or the problem that answers the request instead (415, 413).</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.UnsupportedMediaType());
        }

        var limit = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>().GetValue(LimitKey, DefaultLimit);
        if (request.ContentLength > limit)
        {
            return (null, ApiProblems.TooLarge(limit));
        }

        // Kestrel then stops reading at the limit even when no length was sent.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, ApiProblems.TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.TooLarge(limit));
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>How a request body is read: as exchanged documents are, members unknown to the type or given twice refused.</summary>
    internal static readonly JsonSerializerOptions StrictOptions = new(ExchangeJson.Read)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>A body of type <typeparamref name="T"/>, members unknown or twice refused; or the problem that answers instead, naming the member.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadStrictAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var (bytes, problem) = await ReadJsonAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, StrictOptions) is { } body
                ? (body, null)
                : (null, ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { ["$"] = ["请求体不能为空。"] }));
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid("请求体有误", new Dictionary<string, string[]> { [string.IsNullOrEmpty(e.Path) ? "$" : e.Path] = ["无法读取：请按接口说明填写该成员（类型或取值不符）。"] }));
        }
    }
}
