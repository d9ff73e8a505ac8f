using System.Buffers;

namespace PerfTargets.Web.Viewing;

/// <summary>
/// Pages leave out the indentation of their templates: a run of white space between two tags that
/// holds a line break goes out as one line break. A tag and text keep their spacing, and a run
/// without a break stays as it is, so nothing a browser shows changes (white space between tags
/// renders as one space either way) and no user's text is touched (its "&lt;" is always escaped).
/// An editor of 200 indicators was about a sixth indentation.
/// </summary>
internal static class HtmlWhitespace
{
    public static IApplicationBuilder UseHtmlWhitespace(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var body = context.Response.Body;
        await using var trimmed = new TrimmingStream(body, context.Response);
        context.Response.Body = trimmed;
        try
        {
            await next();
            await trimmed.FinishAsync(context.RequestAborted);
        }
        finally
        {
            context.Response.Body = body;
        }
    });

    /// <summary>Passes the body through, trimmed when it turns out to be HTML; tracks a run across writes.</summary>
    private sealed class TrimmingStream(Stream inner, HttpResponse response) : Stream
    {
        private readonly List<byte> run = [];
        private bool? isHtml;
        private bool afterTag;
        private bool runBreaks;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) =>
            WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            // A body whose length was declared goes out as it is.
            isHtml ??= response.ContentLength is null && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
            if (isHtml != true)
            {
                await inner.WriteAsync(buffer, cancellationToken);
                return;
            }

            var output = ArrayPool<byte>.Shared.Rent(buffer.Length + run.Count);
            try
            {
                var written = Trim(buffer.Span, output);
                await inner.WriteAsync(output.AsMemory(0, written), cancellationToken);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(output);
            }
        }

        /// <summary>Writes out a run still held at the end of the body.</summary>
        public async Task FinishAsync(CancellationToken cancellationToken)
        {
            if (run.Count > 0)
            {
                await inner.WriteAsync(run.ToArray(), cancellationToken);
                run.Clear();
            }
        }

        private int Trim(ReadOnlySpan<byte> input, byte[] output)
        {
            var n = 0;
            foreach (var b in input)
            {
                if (afterTag && b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    run.Add(b);
                    runBreaks |= b == '\n';
                    continue;
                }

                if (run.Count > 0)
                {
                    if (b == '<' && runBreaks)
                    {
                        output[n++] = (byte)'\n';
                    }
                    else
                    {
                        run.CopyTo(output, n);
                        n += run.Count;
                    }

                    run.Clear();
                    runBreaks = false;
                }

                output[n++] = b;
                afterTag = b == '>';
            }

            return n;
        }
    }
}
