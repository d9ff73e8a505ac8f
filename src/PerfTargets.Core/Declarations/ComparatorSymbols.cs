namespace PerfTargets.Core.Declarations;

/// <summary>The symbol each <see cref="Comparator"/> prints as.</summary>
public static class ComparatorSymbols
{
    public static string Symbol(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.LessOrEqual => "≤",
        Comparator.Equal => "=",
        Comparator.Greater => ">",
        Comparator.Less => "<",
        Comparator.Approximately => "约",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, null),
    };
}
