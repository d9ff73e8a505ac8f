namespace PerfTargets.Core.Declarations;

/// <summary>
/// The indicators of a declaration grouped 一级 → 二级 → 三级 as the forms print them: each level
/// in the order it first appears, the 三级 in their sequence.
/// </summary>
public sealed record IndicatorTree(IReadOnlyList<IndicatorTree.Level1Group> Level1s)
{
    public static IndicatorTree Build(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var level1s = indicators
            .OrderBy(i => i.Sequence)
            .GroupBy(i => i.Level1)
            .Select(l1 => new Level1Group(
                l1.Key,
                l1.GroupBy(i => i.Level2).Select(l2 => new Level2Group(l2.Key, l2.ToList())).ToList()))
            .ToList();
        return new IndicatorTree(level1s);
    }

    /// <summary>一级指标 and the 二级 under it.</summary>
    public sealed record Level1Group(string Name, IReadOnlyList<Level2Group> Level2s)
    {
        /// <summary>How many 三级 rows the 一级 cell spans.</summary>
        public int RowCount => Level2s.Sum(l2 => l2.Indicators.Count);
    }

    /// <summary>二级指标 and its 三级.</summary>
    public sealed record Level2Group(string Name, IReadOnlyList<Indicator> Indicators);
}
