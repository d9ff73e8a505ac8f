namespace PerfTargets.Core.Declarations;

/// <summary>
/// 预算年度: the years a declaration, its 中期 span, a department's yearly goals or a year's framework
/// may name. Constants, so that [Range] attributes use them as the validators and queries do.
/// </summary>
public static class BudgetYears
{
    public const int Min = 2000;

    public const int Max = 2100;

    /// <summary>The refusal as a [Range] attribute words it, which fills {1} and {2} with its bounds; <see cref="Refusal"/> says the same.</summary>
    public const string RangeMessage = "预算年度应为 {1} 到 {2} 之间的年份。";

    /// <summary>"2000 到 2100 之间的年份", the range as the messages name it.</summary>
    public static string Span { get; } = $"{Min} 到 {Max} 之间的年份";

    public static bool Contains(int year) => year is >= Min and <= Max;

    /// <summary>预算年度应为 2000 到 2100 之间的年份。 — or another year field's name in its place.</summary>
    public static string Refusal(string field = "预算年度") => $"{field}应为 {Span}。";
}
