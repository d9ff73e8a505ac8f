using System.Globalization;

namespace PerfTargets.Sheets.Reading;

/// <summary>
/// A cell as read from a file, whoever wrote it: its text as shown (shared string, inline string,
/// rich text runs joined), or its number, which a date style marks as a date.
/// </summary>
public sealed record ReadCell(string Text, decimal? Number, bool IsDate)
{
    public static ReadCell Blank { get; } = new(string.Empty, null, false);

    public bool IsBlank => Number is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>The date a date cell holds, or a date written as text (2022-03-31, 2022/3/31, 2022年3月31日).</summary>
    public DateOnly? Date
    {
        get
        {
            if (IsDate && Number is { } serial && serial is > 0 and < 2_958_466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
            }

            var text = Text.Trim().Replace('年', '-').Replace('月', '-').Replace("日", string.Empty, StringComparison.Ordinal).Replace('/', '-').Replace('.', '-');
            return DateOnly.TryParseExact(text, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }
    }

    /// <summary>The cell's content as one text, a number as written without trailing zeros.</summary>
    public override string ToString() => Number is { } number && !IsDate ? number.ToString("0.##########", CultureInfo.InvariantCulture) : Text;
}
