using SkiaSharp;

namespace PerfTargets.Pdf.Fonts;

/// <summary>
/// The typefaces one document is drawn with: subsets of the library's fonts holding only the document's
/// characters, so that a PDF embeds kilobytes instead of the whole multi-megabyte CJK font.
/// </summary>
public sealed class FontSubset : IDisposable
{
    private readonly SKData[] data;
    private readonly HashSet<int> regularFromFallback;
    private readonly HashSet<int> boldFromFallback;

    private FontSubset(SKTypeface regular, SKTypeface bold, SKTypeface? fallback, SKData[] data,
        HashSet<int> regularFromFallback, HashSet<int> boldFromFallback, int[] missing)
    {
        Regular = regular;
        Bold = bold;
        Fallback = fallback;
        this.data = data;
        this.regularFromFallback = regularFromFallback;
        this.boldFromFallback = boldFromFallback;
        Missing = missing;
    }

    /// <summary>The regular face's subset.</summary>
    public SKTypeface Regular { get; }

    /// <summary>The bold face's subset.</summary>
    public SKTypeface Bold { get; }

    /// <summary>
    /// The fallback face's subset, for characters the regular or bold face lacks; null when no fallback is
    /// configured or no requested character needs it.
    /// </summary>
    public SKTypeface? Fallback { get; }

    /// <summary>The requested characters that no face can draw (in one weight or both), in ascending order.</summary>
    public IReadOnlyCollection<int> Missing { get; }

    /// <summary>
    /// The face that draws <paramref name="codepoint"/>: the main face of that weight if it has it, else the
    /// fallback if it has it, else the main face, which draws its .notdef box. A character not asked for in
    /// that weight gets the main face.
    /// </summary>
    public SKTypeface FaceFor(int codepoint, bool bold)
    {
        if ((bold ? boldFromFallback : regularFromFallback).Contains(codepoint))
        {
            return Fallback!;
        }
        return bold ? Bold : Regular;
    }

    /// <summary>Releases the subset typefaces and their bytes.</summary>
    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        Fallback?.Dispose();
        foreach (var bytes in data)
        {
            bytes.Dispose();
        }
    }

    internal static FontSubset Create(FullFace regular, IReadOnlyCollection<int> inRegular, FullFace bold, IReadOnlyCollection<int> inBold,
        FullFace? fallback, IReadOnlyCollection<int> inFallback, HashSet<int> regularFromFallback, HashSet<int> boldFromFallback,
        int[] missing)
    {
        var made = new List<(SKData Data, SKTypeface Typeface)>(3);
        try
        {
            made.Add(regular.Subset(inRegular));
            made.Add(bold.Subset(inBold));
            if (fallback is not null && inFallback.Count > 0)
            {
                made.Add(fallback.Subset(inFallback));
            }
        }
        catch
        {
            made.ForEach(pair => { pair.Typeface.Dispose(); pair.Data.Dispose(); });
            throw;
        }
        return new FontSubset(made[0].Typeface, made[1].Typeface, made.Count > 2 ? made[2].Typeface : null,
            [.. made.Select(pair => pair.Data)], regularFromFallback, boldFromFallback, missing);
    }
}
