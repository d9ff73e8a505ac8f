using HarfBuzzSharp;
using SkiaSharp;

namespace PerfTargets.Pdf.Fonts;

/// <summary>One whole font file, loaded once, read by concurrent subset calls.</summary>
internal sealed class FullFace : IDisposable
{
    private static readonly Tag Glyf = Tag.Parse("glyf");
    private static readonly Tag Cff = Tag.Parse("CFF ");

    private readonly Blob blob;
    private readonly Face face;
    private readonly HarfBuzzSharp.Font font;

    private FullFace(string path, Blob blob, Face face)
    {
        Path = path;
        this.blob = blob;
        this.face = face;
        font = new HarfBuzzSharp.Font(face);
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>The file's name and size: which font this is, for what caches output drawn with it.</summary>
    public string Identity => $"{Name}:{blob.Length}";

    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is unreadable, not a font, or not TrueType.</exception>
    public static FullFace Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"PDF font file not found: {path}", path);
        }
        // HarfBuzz maps the file; it answers an unreadable one with an empty blob, not an error.
        var blob = Blob.FromFile(path);
        if (blob.Length == 0)
        {
            blob.Dispose();
            throw new InvalidDataException($"PDF font file is empty or unreadable: {path}");
        }
        blob.MakeImmutable();
        var face = new Face(blob, 0);
        try
        {
            if (face.GlyphCount == 0)
            {
                throw new InvalidDataException($"PDF font file is not a TrueType or OpenType font: {path}");
            }
            var tables = face.Tables;
            if (!tables.Contains(Glyf))
            {
                // Skia writes a CFF font into the PDF as Type 3 with a wrong ToUnicode map: text would not extract.
                var kind = tables.Contains(Cff) ? "CFF (PostScript) outlines" : "no TrueType outlines";
                throw new InvalidDataException($"PDF font file has {kind}; a TrueType (glyf) font is needed: {path}");
            }
            face.MakeImmutable();
            return new FullFace(path, blob, face);
        }
        catch
        {
            face.Dispose();
            blob.Dispose();
            throw;
        }
    }

    /// <summary>Whether the font's cmap maps <paramref name="codepoint"/> to a glyph.</summary>
    public bool Has(int codepoint) => font.TryGetGlyph(codepoint, out _);

    /// <summary>The subset with the glyphs of <paramref name="codepoints"/> and .notdef.</summary>
    public (SKData Data, SKTypeface Typeface) Subset(IEnumerable<int> codepoints)
    {
        var data = HbSubset.Subset(face.Handle, codepoints)
            ?? throw new InvalidOperationException($"HarfBuzz could not subset the PDF font {Path}");
        var typeface = SKTypeface.FromData(data);
        if (typeface is null)
        {
            data.Dispose();
            throw new InvalidOperationException($"Skia could not read the subset of the PDF font {Path}");
        }
        return (data, typeface);
    }

    public void Dispose()
    {
        font.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
