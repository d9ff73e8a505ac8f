using System.Globalization;
using PerfTargets.Pdf.Composition.Fluent;
using PerfTargets.Pdf.Composition.Text;

namespace PerfTargets.Pdf.Layouts;

/// <summary>The look shared by every 申报表 layout: type sizes, ruled cells, label and value cells.</summary>
internal static class FormStyle
{
    public const float Rule = 0.6f;

    public static TextStyle Title { get; } = new(18, Bold: true);

    public static TextStyle Subtitle { get; } = new(12);

    /// <summary>Headings of a department's document (第一部分, 一、总体绩效目标).</summary>
    public static TextStyle Heading { get; } = new(13, Bold: true, LineHeight: 1.6f);

    public static TextStyle Body { get; } = new(9.5f, LineHeight: 1.35f);

    public static TextStyle Label { get; } = new(9.5f, Bold: true, LineHeight: 1.35f);

    public static TextStyle Small { get; } = new(7.5f, LineHeight: 1.3f);

    /// <summary>A ruled cell with the usual inner space.</summary>
    public static IContainer Ruled(this IContainer cell) => cell.Border(Rule).Padding(3, 2.5f);

    /// <summary>A label cell: bold, centred both ways.</summary>
    public static void LabelCell(this IContainer cell, string text) =>
        cell.Ruled().AlignCenter().AlignMiddle().Text(text, Label, TextAlignment.Center);

    /// <summary>A value cell: text from the left, centred down.</summary>
    public static void ValueCell(this IContainer cell, string? text) =>
        cell.Ruled().AlignMiddle().Text(text, Body);

    /// <summary>A value cell centred both ways (numbers, targets, short words).</summary>
    public static void CentredCell(this IContainer cell, string? text) =>
        cell.Ruled().AlignCenter().AlignMiddle().Text(text, Body, TextAlignment.Center);

    /// <summary>A cell of running text (goals, narrative), from the top left.</summary>
    public static void ProseCell(this IContainer cell, string? text) => cell.Ruled().Text(text, Body);

    /// <summary>Numbered goals, one a line: 目标1：…</summary>
    public static string NumberedGoals(IEnumerable<string> goals) => NumberedGoals(goals, "目标{0}：");

    /// <summary>Numbered goals, one a line, each number as the form writes it: "{0}." for 1.…, "{0}、" for 1、…</summary>
    public static string NumberedGoals(IEnumerable<string> goals, string numbering) =>
        string.Join('\n', goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select((g, i) => string.Format(CultureInfo.InvariantCulture, numbering, i + 1) + g.Trim()));
}
