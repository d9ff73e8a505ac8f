using System.Globalization;
using System.Text.RegularExpressions;
using PerfTargets.Core.Money;

namespace PerfTargets.Core.Validation.Review;

/// <summary>
/// 计量单位表: which units count, which are rates, money or time, what each 二级 expects, and the odd
/// spellings forms use with the unit meant. Data, not code: an installation extends the lists in its
/// rule settings (<see cref="RuleSettings"/>).
/// </summary>
public sealed partial class UnitTable
{
    /// <summary>Counted or measured things.</summary>
    public List<string> Counts { get; set; } =
    [
        "个", "人", "人次", "次", "辆", "家", "公里", "千米", "米", "亩", "万亩", "件", "座", "株", "棵", "户", "所", "项", "套", "台", "栋",
        "场", "篇", "期", "名", "册", "份", "处", "条", "本", "部", "间", "张", "宗", "批", "头", "只", "吨", "公斤", "千克", "平方米", "m²", "㎡",
        "立方米", "m³", "万人", "万人次", "万株", "千瓦", "兆瓦", "盏", "把", "组", "块", "类", "门", "课时", "学时", "班", "所学校", "人/次",
    ];

    public List<string> Percents { get; set; } = ["%", "％", "‰", "百分点"];

    public List<string> Durations { get; set; } = ["天", "日", "个工作日", "工作日", "个月", "月", "年", "小时", "分钟", "周", "季度", "日前", "月底前", "年底前", "月前"];

    /// <summary>The unit classes each 二级 accepts; a class not listed is flagged with <see cref="Expected"/>.</summary>
    public Dictionary<Level2Kind, List<UnitClass>> Accepted { get; set; } = new()
    {
        [Level2Kind.Quantity] = [UnitClass.Count],
        [Level2Kind.Quality] = [UnitClass.Percent, UnitClass.Count],
        [Level2Kind.Timeliness] = [UnitClass.Time],
        [Level2Kind.Cost] = [UnitClass.Money, UnitClass.MoneyRate, UnitClass.Percent],
    };

    /// <summary>What a good unit under each 二级 looks like, for the message.</summary>
    public Dictionary<Level2Kind, string> Expected { get; set; } = new()
    {
        [Level2Kind.Quantity] = "个、人、次、公里、亩等计数或计量单位",
        [Level2Kind.Quality] = "%（合格率、达标率）或等级",
        [Level2Kind.Timeliness] = "日期、期限或时长（如“12月底前”“30天”）",
        [Level2Kind.Cost] = "元、万元或元/件等金额单位（或 %），并用“≤”",
    };

    /// <summary>Spellings that are not units on their own, with the unit probably meant.</summary>
    public Dictionary<string, string> Odd { get; set; } = new(StringComparer.Ordinal)
    {
        ["M"] = "米（m）或万元",
        ["m"] = "米",
        ["万"] = "万元（金额）或万人（人数）",
        ["亿"] = "亿元",
        ["W"] = "万元",
    };

    /// <summary>The class of <paramref name="unit"/>; <see cref="UnitClass.Unknown"/> when the table does not list it.</summary>
    public UnitClass ClassOf(string? unit)
    {
        var text = unit?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return UnitClass.Unknown;
        }

        if (Percents.Contains(text))
        {
            return UnitClass.Percent;
        }

        if (MoneyWords.TryYuanPer(text, out _))
        {
            return UnitClass.Money;
        }

        if (MoneyWords.TryRate(text, out _, out _))
        {
            return UnitClass.MoneyRate;
        }

        if (Durations.Contains(text) || text.EndsWith('前'))
        {
            return UnitClass.Time;
        }

        return Counts.Contains(text) ? UnitClass.Count : UnitClass.Unknown;
    }

    /// <summary>
    /// The figures with a unit the table knows in <paramref name="text"/> ("9200人", "500万元", "95%"), as
    /// written: the number and the unit; a number followed by no known unit is not one.
    /// </summary>
    public IEnumerable<(string Number, string Unit)> FiguresIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Figure().Matches(text))
        {
            if (LeadingUnit(match.Groups["unit"].Value) is { } unit)
            {
                yield return (match.Groups["number"].Value, unit);
            }
        }
    }

    /// <summary>
    /// The number of a figure found by <see cref="FiguresIn"/> that states a quantity: false for a time
    /// (a year, a date, a duration, which the period rules judge) and for a number that does not read.
    /// </summary>
    public bool TryQuantity(string written, string unit, out decimal number)
    {
        number = 0;
        return ClassOf(unit) != UnitClass.Time && decimal.TryParse(written, NumberStyles.Number, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The longest unit the table knows at the start of <paramref name="text"/> ("万元用于" → 万元); null when none.</summary>
    public string? LeadingUnit(string text)
    {
        for (var length = text.Length; length > 0; length--)
        {
            if (ClassOf(text[..length]) != UnitClass.Unknown)
            {
                return text[..length];
            }
        }

        return null;
    }

    /// <summary>The 二级 a kind stands for, as pages name it.</summary>
    public static string KindName(Level2Kind kind) => kind switch
    {
        Level2Kind.Quantity => "数量指标",
        Level2Kind.Quality => "质量指标",
        Level2Kind.Timeliness => "时效指标",
        Level2Kind.Cost => "成本指标",
        _ => "其他指标",
    };

    /// <summary>A unit class as pages name it.</summary>
    public static string ClassName(UnitClass unitClass) => unitClass switch
    {
        UnitClass.Count => "计数",
        UnitClass.Percent => "比率",
        UnitClass.Money => "金额",
        UnitClass.MoneyRate => "单位金额",
        UnitClass.Time => "时间",
        _ => "未列出",
    };

    /// <summary>What a 二级 named <paramref name="level2"/> measures.</summary>
    public static Level2Kind KindOf(string? level2) => level2 switch
    {
        null => Level2Kind.Other,
        _ when level2.Contains("数量", StringComparison.Ordinal) => Level2Kind.Quantity,
        _ when level2.Contains("质量", StringComparison.Ordinal) => Level2Kind.Quality,
        _ when level2.Contains("时效", StringComparison.Ordinal) => Level2Kind.Timeliness,
        _ when level2.Contains("成本", StringComparison.Ordinal) => Level2Kind.Cost,
        _ => Level2Kind.Other,
    };

    /// <summary>A number and the characters after it that may be its unit: 9200人, 500万元, 23万元/个, 95%.</summary>
    [GeneratedRegex(@"(?<number>\d+(?:\.\d+)?)\s*(?<unit>%|％|[\p{IsCJKUnifiedIdeographs}]{1,3}(?:/[\p{IsCJKUnifiedIdeographs}]{1,2})?)")]
    private static partial Regex Figure();
}
