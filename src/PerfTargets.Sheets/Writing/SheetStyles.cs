using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfTargets.Core.Money;

namespace PerfTargets.Sheets.Writing;

/// <summary>
/// The one stylesheet of the workbooks: each <see cref="CellStyle"/> becomes the cell format at its
/// own position, so that a style's number is its enum value and nothing else names an index.
/// </summary>
internal static class SheetStyles
{
    /// <summary>The font most forms are printed in; LibreOffice and WPS substitute their own Song face.</summary>
    public const string FontName = "宋体";

    private enum FontKind { Body, Title, Subtitle, Bold, Note }

    private enum NumberKind : uint
    {
        General = 0,
        Integer = 3,
        Percent = 10,
        MoneyYuan = 164,
        MoneyTenThousandYuan = 165,
        Date = 166,
    }

    private sealed record Spec(FontKind Font, bool Bordered, bool Shaded, NumberKind Number, HorizontalAlignmentValues? Horizontal, VerticalAlignmentValues Vertical, bool Wrap);

    private static readonly HorizontalAlignmentValues Left = HorizontalAlignmentValues.Left;
    private static readonly HorizontalAlignmentValues Centre = HorizontalAlignmentValues.Center;
    private static readonly HorizontalAlignmentValues Right = HorizontalAlignmentValues.Right;
    private static readonly VerticalAlignmentValues Middle = VerticalAlignmentValues.Center;
    private static readonly VerticalAlignmentValues Top = VerticalAlignmentValues.Top;

    private static Spec Of(CellStyle style) => style switch
    {
        CellStyle.Default => new(FontKind.Body, false, false, NumberKind.General, null, VerticalAlignmentValues.Bottom, false),
        CellStyle.Title => new(FontKind.Title, false, false, NumberKind.General, Centre, Middle, false),
        CellStyle.Subtitle => new(FontKind.Subtitle, false, false, NumberKind.General, Centre, Middle, false),
        CellStyle.Text => new(FontKind.Body, false, false, NumberKind.General, Left, Middle, false),
        CellStyle.TextRight => new(FontKind.Body, false, false, NumberKind.General, Right, Middle, false),
        CellStyle.WrappedText => new(FontKind.Body, false, false, NumberKind.General, Left, Top, true),
        CellStyle.Note => new(FontKind.Note, false, false, NumberKind.General, Left, Top, true),
        CellStyle.Label => new(FontKind.Bold, true, false, NumberKind.General, Centre, Middle, true),
        CellStyle.TableHeader => new(FontKind.Bold, true, true, NumberKind.General, Centre, Middle, true),
        CellStyle.BorderedText => new(FontKind.Body, true, false, NumberKind.General, Left, Middle, true),
        CellStyle.BorderedCentred => new(FontKind.Body, true, false, NumberKind.General, Centre, Middle, true),
        CellStyle.Prose => new(FontKind.Body, true, false, NumberKind.General, Left, Top, true),
        CellStyle.MoneyYuan => Amount(NumberKind.MoneyYuan, FontKind.Body),
        CellStyle.MoneyTenThousandYuan => Amount(NumberKind.MoneyTenThousandYuan, FontKind.Body),
        CellStyle.MoneyWhole => Amount(NumberKind.Integer, FontKind.Body),
        CellStyle.WholeNumber => Amount(NumberKind.Integer, FontKind.Body),
        CellStyle.Number => new(FontKind.Body, true, false, NumberKind.General, Centre, Middle, false),
        CellStyle.Percent => Amount(NumberKind.Percent, FontKind.Body),
        CellStyle.Date => new(FontKind.Body, true, false, NumberKind.Date, Centre, Middle, false),
        CellStyle.TotalLabel => new(FontKind.Bold, true, false, NumberKind.General, Centre, Middle, true),
        CellStyle.TotalMoneyYuan => Amount(NumberKind.MoneyYuan, FontKind.Bold),
        CellStyle.TotalMoneyTenThousandYuan => Amount(NumberKind.MoneyTenThousandYuan, FontKind.Bold),
        CellStyle.TotalMoneyWhole => Amount(NumberKind.Integer, FontKind.Bold),
        CellStyle.TotalWholeNumber => Amount(NumberKind.Integer, FontKind.Bold),
        CellStyle.TotalText => new(FontKind.Bold, true, false, NumberKind.General, Left, Middle, true),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    private static Spec Amount(NumberKind number, FontKind font) => new(font, true, false, number, Right, Middle, false);

    /// <summary>The cell format index of <paramref name="style"/> in <see cref="Create"/>'s stylesheet.</summary>
    public static uint IndexOf(CellStyle style) => (uint)style;

    /// <summary>Whether cells of this format hold dates (the reader asks the same of files others wrote).</summary>
    public static bool IsDateStyle(CellStyle style) => Of(style).Number == NumberKind.Date;

    public static Stylesheet Create()
    {
        var styles = Enum.GetValues<CellStyle>();
        var formats = new CellFormats(styles.Select(style =>
        {
            var spec = Of(style);
            var format = new CellFormat
            {
                FontId = (uint)spec.Font,
                FillId = spec.Shaded ? 2u : 0u,
                BorderId = spec.Bordered ? 1u : 0u,
                NumberFormatId = (uint)spec.Number,
                ApplyFont = true,
                ApplyBorder = spec.Bordered,
                ApplyFill = spec.Shaded,
                ApplyNumberFormat = spec.Number != NumberKind.General,
                ApplyAlignment = true,
                Alignment = new Alignment { Horizontal = spec.Horizontal, Vertical = spec.Vertical, WrapText = spec.Wrap },
            };
            return format;
        }));
        return new Stylesheet(
            new NumberingFormats(
                NumberFormat(NumberKind.MoneyYuan, MoneyUnit.Yuan.NumberFormat()),
                NumberFormat(NumberKind.MoneyTenThousandYuan, MoneyUnit.TenThousandYuan.NumberFormat()),
                NumberFormat(NumberKind.Date, "yyyy-mm-dd")),
            new Fonts(Enum.GetValues<FontKind>().Select(Font)),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEDEDED" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })),
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            formats,
            new DocumentFormat.OpenXml.Spreadsheet.CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static NumberingFormat NumberFormat(NumberKind kind, string code) => new() { NumberFormatId = (uint)kind, FormatCode = code };

    private static Font Font(FontKind kind)
    {
        var (size, bold, grey) = kind switch
        {
            FontKind.Title => (18d, true, false),
            FontKind.Subtitle => (12d, false, false),
            FontKind.Bold => (10.5d, true, false),
            FontKind.Note => (9d, false, true),
            _ => (10.5d, false, false),
        };
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(grey ? new Color { Rgb = "FF555555" } : new Color { Rgb = "FF000000" });
        font.Append(new FontName { Val = FontName });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    private static T Edge<T>()
        where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
}
