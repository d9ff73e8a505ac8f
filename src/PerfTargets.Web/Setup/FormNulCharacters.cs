using Microsoft.AspNetCore.Http.Features;

namespace PerfTargets.Web.Setup;

/// <summary>
/// ASP.NET Core's form reader refuses a whole url-encoded form that holds a NUL (%00): the
/// antiforgery check then finds no token and the user gets a bare 400 ("提交的内容无法识别"), losing
/// what they typed. No NUL is ever meant, so it is read as U+FFFD, the character that stands for
/// one that could not be read; the text rules (TextCharacters) refuse it at its field, the input kept.
/// </summary>
internal static class FormNulCharacters
{
    private static readonly byte[] Replacement = "%EF%BF%BD"u8.ToArray();

    public static IApplicationBuilder UseFormNulReplacement(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && request.ContentLength is { } length && length <= (context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? long.MaxValue))
        {
            var body = new MemoryStream((int)Math.Min(length, int.MaxValue));
            await request.Body.CopyToAsync(body, context.RequestAborted);
            var replaced = Replace(body.GetBuffer().AsSpan(0, (int)body.Length));
            request.Body = replaced ?? new MemoryStream(body.GetBuffer(), 0, (int)body.Length, writable: false);
            request.ContentLength = request.Body.Length;
        }

        await next(context);
    });

    /// <summary>The body with every %00 (and raw NUL byte) replaced; null when there is none.</summary>
    private static MemoryStream? Replace(ReadOnlySpan<byte> body)
    {
        if (body.IndexOf("%00"u8) < 0 && body.IndexOf((byte)0) < 0)
        {
            return null;
        }

        var result = new MemoryStream(body.Length + 64);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == 0 || (body[i] == '%' && body[(i + 1)..].StartsWith("00"u8)))
            {
                result.Write(Replacement);
                i += body[i] == 0 ? 0 : 2;
            }
            else if (body[i] == '%' && i + 2 < body.Length)
            {
                // Any other escape is copied whole, so that the 00 of %2500 (a literal "%00") is never taken for a NUL.
                result.Write(body.Slice(i, 3));
                i += 2;
            }
            else
            {
                result.WriteByte(body[i]);
            }
        }

        result.Position = 0;
        return result;
    }
}
