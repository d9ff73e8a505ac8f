using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PerfTargets.Pdf.Fonts;

/// <summary>
/// The PDF fonts, each loaded whole once, and cut per document into subsets that hold only the glyphs the
/// document draws. Thread-safe: one instance serves concurrent requests.
/// </summary>
public sealed partial class FontLibrary : IDisposable
{
    private readonly FullFace regular;
    private readonly FullFace bold;
    private readonly FullFace? fallback;
    private readonly ILogger logger;
    private int disposed;

    /// <summary>Loads the fonts that <paramref name="options"/> names.</summary>
    /// <exception cref="FileNotFoundException">A font file does not exist; the message names its path.</exception>
    /// <exception cref="InvalidDataException">A font file is unreadable or not a TrueType font; the message names its path.</exception>
    public FontLibrary(FontOptions options, ILogger<FontLibrary>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger ?? NullLogger<FontLibrary>.Instance;
        var loaded = new List<FullFace>(3);
        try
        {
            regular = Load(options.RegularPath ?? FontOptions.ShippedRegularPath, loaded);
            bold = Load(options.BoldPath ?? FontOptions.ShippedBoldPath, loaded);
            fallback = options.FallbackPath is null ? null : Load(options.FallbackPath, loaded);
        }
        catch
        {
            loaded.ForEach(face => face.Dispose());
            throw;
        }
    }

    /// <summary>The loaded font files by name and size: part of the key of a cached PDF, which another font would draw differently.</summary>
    public string Identity => $"{regular.Identity}|{bold.Identity}|{fallback?.Identity}";

    /// <summary>
    /// Subsets of the fonts for <paramref name="codepoints"/> (Unicode scalar values, in any order, repeats
    /// allowed) in both weights, plus the space and .notdef. Control characters are not drawn and are ignored.
    /// Characters that no face can draw are listed in <see cref="FontSubset.Missing"/> and logged in one warning.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a Unicode scalar value.</exception>
    public FontSubset Subset(IEnumerable<int> codepoints)
    {
        var drawn = Drawable(codepoints, nameof(codepoints));
        return Make(drawn, drawn);
    }

    /// <summary>
    /// Subsets for the characters drawn in <paramref name="regular"/> and those drawn in <paramref name="bold"/>,
    /// as <see cref="Subset(IEnumerable{int})"/>. Worth it because Skia embeds the whole subset of every face a
    /// page uses: a bold title must not carry the glyphs of the whole document.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a Unicode scalar value.</exception>
    public FontSubset Subset(IEnumerable<int> regular, IEnumerable<int> bold) =>
        Make(Drawable(regular, nameof(regular)), Drawable(bold, nameof(bold)));

    private FontSubset Make(HashSet<int> drawnRegular, HashSet<int> drawnBold)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);

        var inFallback = new HashSet<int>();
        var missing = new SortedDictionary<int, string?>();
        var (inRegular, regularFromFallback) = Assign(drawnRegular, regular, "regular", inFallback, missing);
        var (inBold, boldFromFallback) = Assign(drawnBold, bold, "bold", inFallback, missing);
        if (missing.Count > 0)
        {
            LogMissing(logger, missing.Count, Describe(missing), Faces());
        }
        return FontSubset.Create(regular, inRegular, bold, inBold, fallback, inFallback,
            regularFromFallback, boldFromFallback, [.. missing.Keys]);
    }

    private static HashSet<int> Drawable(IEnumerable<int> codepoints, string parameter)
    {
        ArgumentNullException.ThrowIfNull(codepoints, parameter);
        var drawable = new HashSet<int> { ' ' };
        foreach (var codepoint in codepoints)
        {
            if (!Rune.IsValid(codepoint))
            {
                throw new ArgumentOutOfRangeException(parameter, codepoint, "Not a Unicode scalar value.");
            }
            if (!Rune.IsControl(new Rune(codepoint)))
            {
                drawable.Add(codepoint);
            }
        }
        return drawable;
    }

    /// <summary>
    /// Splits the characters of one weight into those its main face draws and those the fallback draws; the rest
    /// go to <paramref name="missing"/>, marked with the weight unless the other weight misses them too.
    /// </summary>
    private (List<int> InMain, HashSet<int> FromFallback) Assign(HashSet<int> drawn, FullFace main, string weight,
        HashSet<int> inFallback, SortedDictionary<int, string?> missing)
    {
        var inMain = new List<int>(drawn.Count);
        var fromFallback = new HashSet<int>();
        foreach (var codepoint in drawn)
        {
            if (main.Has(codepoint))
            {
                inMain.Add(codepoint);
            }
            else if (fallback?.Has(codepoint) == true)
            {
                inFallback.Add(codepoint);
                fromFallback.Add(codepoint);
            }
            else
            {
                missing[codepoint] = missing.ContainsKey(codepoint) ? null : weight;
            }
        }
        return (inMain, fromFallback);
    }

    /// <summary>Releases the loaded fonts; subsets already made stay usable.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }
        regular.Dispose();
        bold.Dispose();
        fallback?.Dispose();
    }

    private static FullFace Load(string path, List<FullFace> loaded)
    {
        var face = FullFace.Load(path);
        loaded.Add(face);
        return face;
    }

    private static string Describe(SortedDictionary<int, string?> missing) =>
        string.Join(", ", missing.Select(pair => string.Create(CultureInfo.InvariantCulture,
            $"U+{pair.Key:X4} {char.ConvertFromUtf32(pair.Key)}{(pair.Value is null ? "" : $" ({pair.Value} face)")}")));

    private string Faces() =>
        $"regular {regular.Name}, bold {bold.Name}, " + (fallback is null ? "no fallback" : $"fallback {fallback.Name}");

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "PDF fonts lack {Count} character(s), drawn as empty boxes: {Characters} ({Faces})")]
    private static partial void LogMissing(ILogger logger, int count, string characters, string faces);
}
