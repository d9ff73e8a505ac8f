using Microsoft.Extensions.Caching.Memory;

namespace PerfTargets.Web.Printing;

/// <summary>
/// 冻结版本印件缓存: the PDFs of frozen versions (submitted or approved), by their <see cref="PrintKey"/>,
/// in memory bounded by <c>Pdf:CacheMegabytes</c> (64 by default; 0 keeps none): a frozen version prints
/// the same bytes until something in its key changes, so it is rendered once, not on every request. The
/// least recently used go first when the bound is reached. Only what the caller may already see is ever
/// looked up: the pages and the API check access before they ask.
/// </summary>
public sealed class FrozenPdfCache : IDisposable
{
    public const string MegabytesKey = "Pdf:CacheMegabytes";
    public const int DefaultMegabytes = 64;

    private readonly MemoryCache? cache;

    public FrozenPdfCache(int megabytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(megabytes);
        cache = megabytes == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024L, CompactionPercentage = 0.25 });
    }

    /// <summary>The PDF kept under <paramref name="key"/>, or rendered by <paramref name="render"/> and kept.</summary>
    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (cache is null)
        {
            return render();
        }

        if (cache.TryGetValue(key, out byte[]? kept) && kept is not null)
        {
            return kept;
        }

        var pdf = render();
        cache.Set(key, pdf, new MemoryCacheEntryOptions { Size = pdf.Length });
        return pdf;
    }

    public void Dispose() => cache?.Dispose();
}
