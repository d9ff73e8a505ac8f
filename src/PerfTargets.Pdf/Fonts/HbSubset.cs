using System.Runtime.InteropServices;
using SkiaSharp;

namespace PerfTargets.Pdf.Fonts;

/// <summary>
/// HarfBuzz's hb-subset, which the native library of HarfBuzzSharp exports but its managed API does not wrap.
/// Signatures as in harfbuzz src/hb-subset.h, hb-set.h, hb-face.h and hb-blob.h.
/// </summary>
internal static partial class HbSubset
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t. The default keeps hinting (some CJK fonts build their strokes with it) and renumbers the
    // glyphs: HB_SUBSET_FLAGS_RETAIN_GIDS would keep an empty slot for each of Noto's 30,920 (10 KB become 300 KB).
    private const uint NotdefOutline = 0x40u;   // keep the .notdef box that a missing character draws
    private const uint NoLayoutClosure = 0x200u; // Skia draws cmap glyphs unshaped: GSUB-only alternates are dead weight

    /// <summary>
    /// The subset of <paramref name="face"/> (an hb_face_t*) with the glyphs of <paramref name="codepoints"/>
    /// and .notdef, as font file bytes; null if HarfBuzz fails.
    /// </summary>
    public static SKData? Subset(IntPtr face, IEnumerable<int> codepoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return null;
        }
        IntPtr subset;
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodes, (uint)codepoint);
            }
            hb_subset_input_set_flags(input, NotdefOutline | NoLayoutClosure);
            subset = hb_subset_or_fail(face, input);
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
        if (subset == IntPtr.Zero)
        {
            return null;
        }
        var blob = hb_face_reference_blob(subset);
        try
        {
            var data = hb_blob_get_data(blob, out var length);
            // A copy: the blob's memory goes with the subset face, the typeface made from the data outlives both.
            return data == IntPtr.Zero || length == 0 ? null : SKData.CreateCopy(data, (ulong)length);
        }
        finally
        {
            hb_blob_destroy(blob);
            hb_face_destroy(subset);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint value);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
