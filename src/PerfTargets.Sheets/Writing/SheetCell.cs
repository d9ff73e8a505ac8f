namespace PerfTargets.Sheets.Writing;

/// <summary>What a cell holds: nothing, text, a number or a date.</summary>
public enum SheetCellKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>One cell to write: its value and its named style. Amounts are written as numbers, never as text.</summary>
public readonly record struct SheetCell(SheetCellKind Kind, string? Text, decimal Number, DateOnly Date, CellStyle Style)
{
    /// <summary>An empty cell: with a bordered style, it draws its part of a merged or blank box.</summary>
    public static SheetCell Empty(CellStyle style = CellStyle.Default) => new(SheetCellKind.Empty, null, 0, default, style);

    /// <summary>Text; blank text is an empty cell.</summary>
    public static SheetCell Of(string? text, CellStyle style = CellStyle.Text) =>
        string.IsNullOrEmpty(text) ? Empty(style) : new(SheetCellKind.Text, text, 0, default, style);

    public static SheetCell Of(decimal number, CellStyle style = CellStyle.Number) => new(SheetCellKind.Number, null, number, default, style);

    /// <summary>A number, or an empty cell in the same style when it is not given.</summary>
    public static SheetCell Of(decimal? number, CellStyle style = CellStyle.Number) => number is { } value ? Of(value, style) : Empty(style);

    public static SheetCell Of(DateOnly date, CellStyle style = CellStyle.Date) => new(SheetCellKind.Date, null, 0, date, style);

    /// <summary>A date, or an empty cell in the same style when it is not given.</summary>
    public static SheetCell Of(DateOnly? date, CellStyle style = CellStyle.Date) => date is { } value ? Of(value, style) : Empty(style);
}
