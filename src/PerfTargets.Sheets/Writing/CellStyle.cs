namespace PerfTargets.Sheets.Writing;

/// <summary>
/// The named cell styles of every workbook this system writes (one stylesheet, <see cref="SheetStyles"/>):
/// a cell is given one of these, never a style index.
/// </summary>
public enum CellStyle
{
    /// <summary>Plain text, no border.</summary>
    Default = 0,

    /// <summary>A form's title: large, bold, centred.</summary>
    Title,

    /// <summary>The line under a title (（2022年度）): centred.</summary>
    Subtitle,

    /// <summary>Text outside a table, left.</summary>
    Text,

    /// <summary>Text outside a table, right (单位：万元).</summary>
    TextRight,

    /// <summary>Text outside a table that wraps (instructions, notes).</summary>
    WrappedText,

    /// <summary>Small grey text (notes under a form).</summary>
    Note,

    /// <summary>A form's field label: bold, centred, bordered, wrapped.</summary>
    Label,

    /// <summary>The header row of a data table: bold, centred, shaded, bordered.</summary>
    TableHeader,

    /// <summary>A bordered value, left, middle, wrapped.</summary>
    BorderedText,

    /// <summary>A bordered value centred both ways (targets, short words).</summary>
    BorderedCentred,

    /// <summary>Running text in a bordered cell, from the top left (goals, narrative).</summary>
    Prose,

    /// <summary>An amount in 元: #,##0.00.</summary>
    MoneyYuan,

    /// <summary>An amount in 万元 with decimals: #,##0.######.</summary>
    MoneyTenThousandYuan,

    /// <summary>A whole amount in 万元: #,##0 (Excel would print "360." in the 万元 format).</summary>
    MoneyWhole,

    /// <summary>A whole number: #,##0.</summary>
    WholeNumber,

    /// <summary>A number as written (weights, percentages given as numbers): up to four decimals.</summary>
    Number,

    /// <summary>A fraction shown as a percentage: 0.00%.</summary>
    Percent,

    /// <summary>A date: yyyy-mm-dd.</summary>
    Date,

    /// <summary>The label of a total row: bold, bordered.</summary>
    TotalLabel,

    /// <summary>A total in 元, bold.</summary>
    TotalMoneyYuan,

    /// <summary>A total in 万元 with decimals, bold.</summary>
    TotalMoneyTenThousandYuan,

    /// <summary>A whole total in 万元, bold.</summary>
    TotalMoneyWhole,

    /// <summary>A whole-number total (counts), bold.</summary>
    TotalWholeNumber,

    /// <summary>The label of a 小计 or 合计 row that stands in a column of names: bold, bordered, left.</summary>
    TotalText,
}
