using System.Globalization;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Web.Viewing;

/// <summary>Times are stored in UTC and shown in 北京时间 (UTC+8, no daylight saving), whatever the server's zone.</summary>
public static class ChinaTime
{
    private static readonly TimeSpan Offset = ChinaCalendar.Offset;

    public static string Format(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string FormatSeconds(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The time of day only, as a save message tells it: 09:59:08.</summary>
    public static string FormatTime(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant a 北京时间 calendar day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The 北京时间 calendar day of a UTC instant (a stamp's date).</summary>
    public static DateOnly Day(DateTime utc) => ChinaCalendar.Day(utc);
}
