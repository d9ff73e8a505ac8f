namespace PerfTargets.Core.Rounds;

/// <summary>
/// Deadlines are calendar days in 北京时间 (UTC+8, no daylight saving), whatever the server's zone:
/// a round closing on 3月31日 takes submissions until midnight in Beijing.
/// </summary>
public static class ChinaCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The 北京时间 calendar day of a UTC instant.</summary>
    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset));

    /// <summary>How a day is written everywhere (forms, messages, the audit trail, documents): 2023-01-05.</summary>
    public const string TextFormat = "yyyy-MM-dd";

    public static string Text(DateOnly day) => day.ToString(TextFormat, System.Globalization.CultureInfo.InvariantCulture);
}
