using System.Text;

namespace PerfTargets.Pdf.Composition.Text;

/// <summary>One glyph of laid-out text: the character, its style and its advance.</summary>
internal readonly record struct TextGlyph(Rune Rune, TextStyle Style, float Advance);

/// <summary>A laid-out line: glyphs <see cref="Start"/> to <see cref="End"/> (exclusive) of its paragraph.</summary>
internal readonly record struct TextLine(int Start, int End, float Width, float Height, float Size);
