using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Library;

/// <summary>
/// Where an entry written against one framework's 二级 stands in another framework: under the 一级
/// that framework files that 二级 under (效益指标 or 效果指标); the 2021 成本 split (经济/社会/生态环境
/// 成本指标) falls into the single 成本指标 二级 of the frameworks that have one.
/// </summary>
public static class FrameworkPlacement
{
    public const string SingleCostLevel2 = "成本指标";

    /// <summary>The (一级, 二级) for <paramref name="level2"/> in <paramref name="framework"/>, or null where it has no place.</summary>
    public static (string Level1, string Level2)? Place(IndicatorFramework framework, string level2)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(level2);
        var holder = framework.Level1s.FirstOrDefault(l1 => l1.Level2s.Any(l2 => l2.Name == level2));
        if (holder is not null)
        {
            return (holder.Name, level2);
        }

        var isCostSplit = level2.EndsWith(SingleCostLevel2, StringComparison.Ordinal) && level2 != SingleCostLevel2;
        var costHolder = isCostSplit ? framework.Level1s.FirstOrDefault(l1 => l1.Level2s.Any(l2 => l2.Name == SingleCostLevel2)) : null;
        return costHolder is null ? null : (costHolder.Name, SingleCostLevel2);
    }
}
