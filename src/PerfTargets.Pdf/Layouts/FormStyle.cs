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

    /// <summary>
    /// 一级 names in the indicator grid's narrow columns, a little under the body size so that a
    /// standard 一级 name (满意度指标) fits on one line of a 54-point column.
    /// </summary>
    public static TextStyle Level1 { get; } = new(9, Bold: true, LineHeight: 1.3f);

    /// <summary>二级 names beside them, at the same size, so that 服务对象满意度指标 takes two lines.</summary>
    public static TextStyle Level2 { get; } = new(9, LineHeight: 1.3f);

    /// <summary>
    /// The words the standard indicator names are made of, so that a name wraps between them
    /// (服务对象/满意度指标, 可持续/影响指标) and never inside one; longer words first.
    /// </summary>
    private static readonly string[] IndicatorWords =
        ["服务对象", "生态环境", "满意度", "可持续", "指标", "产出", "效益", "效果", "成本", "数量", "质量", "时效", "经济", "社会", "生态", "影响"];

    /// <summary>A ruled cell with the usual inner space.</summary>
    public static IContainer Ruled(this IContainer cell) => cell.Border(Rule).Padding(3, 2.5f);

    /// <summary>A label cell: bold, centred both ways.</summary>
    public static void LabelCell(this IContainer cell, string text) =>
        cell.Ruled().AlignCenter().AlignMiddle().Text(text, Label, TextAlignment.Center);

    /// <summary>A 一级 cell of an indicator grid: bold, centred, its name wrapped between words.</summary>
    public static void Level1Cell(this IContainer cell, string text) => cell.LevelCell(text, Level1);

    /// <summary>A 二级 cell of an indicator grid: centred, its name wrapped between words.</summary>
    public static void Level2Cell(this IContainer cell, string text) => cell.LevelCell(text, Level2);

    private static void LevelCell(this IContainer cell, string text, TextStyle style) =>
        cell.Ruled().AlignCenter().AlignMiddle().Text(t =>
        {
            t.Align(TextAlignment.Center);
            t.Words(Words(text), style);
        });

    /// <summary>An indicator name cut into <see cref="IndicatorWords"/>, any other character a word of its own.</summary>
    public static IEnumerable<string> Words(string name)
    {
        for (var at = 0; at < name.Length;)
        {
            var word = Array.Find(IndicatorWords, w => string.CompareOrdinal(name, at, w, 0, w.Length) == 0)
                ?? name.Substring(at, char.IsSurrogatePair(name, at) ? 2 : 1);
            yield return word;
            at += word.Length;
        }
    }

    /// <summary>A value cell: text from the left, centred down.</summary>
    public static void ValueCell(this IContainer cell, string? text) =>
        cell.Ruled().AlignMiddle().Text(text, Body);

    /// <summary>A value cell centred both ways (numbers, targets, short words).</summary>
    public static void CentredCell(this IContainer cell, string? text) =>
        cell.Ruled().AlignCenter().AlignMiddle().Text(text, Body, TextAlignment.Center);

    /// <summary>A cell of running text (goals, narrative), from the top left.</summary>
    public static void ProseCell(this IContainer cell, string? text) => cell.Ruled().Text(text, Body);

    /// <summary>The options of a choice as a paper form ticks them: 新增项目 □　　延续项目 √.</summary>
    public static string Ticks(params (string Label, bool Ticked)[] options) =>
        string.Join("　　", options.Select(o => Tick(o.Label, o.Ticked)));

    /// <summary>One option with its box: 实施阶段 √, or 实施阶段 □ when not ticked.</summary>
    public static string Tick(string label, bool ticked) => $"{label} {(ticked ? "√" : "□")}";

    /// <summary>A budget line's 数量 with its unit: 1, 12人次.</summary>
    public static string Quantity(BudgetLine line) =>
        line.Quantity is { } quantity ? quantity.ToString("#,##0.##", CultureInfo.InvariantCulture) + (line.QuantityUnit ?? string.Empty) : string.Empty;

    /// <summary>A budget line's 支出标准 / 单价 in the form's unit, with what it is per: 156,200.00/年.</summary>
    public static string Standard(BudgetLine line, MoneyUnit unit) =>
        line.UnitStandard is { } standard ? unit.Format(standard) + (string.IsNullOrWhiteSpace(line.StandardUnit) ? string.Empty : $"/{line.StandardUnit}") : string.Empty;
}
