namespace PerfTargets.Core.Taxonomy;

/// <summary>
/// The order a framework prints its tree in: 一级 by their sequence, 二级 by theirs under each. The
/// rule that warns of rows out of order (R23) and the editor's 按指标体系排序 use the same order.
/// </summary>
public static class FrameworkOrder
{
    /// <summary>The 一级's place in the framework; names it does not list go last, in the order they stand.</summary>
    public static int Level1Position(IndicatorFramework framework, string level1)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework.FindLevel1(level1)?.Sequence ?? int.MaxValue;
    }

    /// <summary>Whether the rows stand grouped by 一级 in the framework's order.</summary>
    public static bool IsInOrder(IndicatorFramework framework, IEnumerable<Indicator> indicators)
    {
        var positions = indicators.Select(i => Level1Position(framework, i.Level1)).Where(p => p != int.MaxValue).ToList();
        return !positions.Zip(positions.Skip(1)).Any(pair => pair.Second < pair.First);
    }

    /// <summary>Puts the rows in the framework's order (一级, then 二级), keeping the filer's order within a 二级, and numbers them.</summary>
    public static void Sort(Declaration declaration, IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        declaration.Indicators = [.. declaration.Indicators
            .Select((indicator, index) => (indicator, index))
            .OrderBy(r => Level1Position(framework, r.indicator.Level1))
            .ThenBy(r => framework.FindLevel1(r.indicator.Level1)?.Level2s.FirstOrDefault(l => l.Name == r.indicator.Level2)?.Sequence ?? int.MaxValue)
            .ThenBy(r => r.index)
            .Select(r => r.indicator)];
        declaration.NumberRowsInOrder();
    }
}
