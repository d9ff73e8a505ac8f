using System.Globalization;
using PerfTargets.Core.Money;

namespace PerfTargets.Core.Declarations;

/// <summary>权重/分值: the 总分 a scored form has unless it states another, and how a weight is read and written.</summary>
public static class IndicatorWeights
{
    /// <summary>The 总分 of a form that gives weights without stating it.</summary>
    public const decimal DefaultTotal = 100m;

    /// <summary>The 总分 the weights of <paramref name="declaration"/> should add up to.</summary>
    public static decimal TotalOf(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return declaration.WeightTotal ?? DefaultTotal;
    }

    /// <summary>A weight as forms write it: 12.5, not 12.50.</summary>
    public static string Format(decimal weight) => weight.ToString("0.##", CultureInfo.InvariantCulture);

    public static string? Format(decimal? weight) => weight is { } value ? Format(value) : null;

    /// <summary>Reads a weight typed as a number, "10分" too; blank is null. False when it is no number.</summary>
    public static bool TryRead(string? text, out decimal? weight) => MoneyInput.TryParseNumber(text?.Trim().TrimEnd('分'), out weight);

    /// <summary>What a filer is told about a weight that is no number.</summary>
    public static string Unreadable(string text) => $"权重“{text.Trim()}”不是有效的数字：填写分值，如 10 或 12.5。";
}
