using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Printing;

/// <summary>
/// The indicator grid's rows as a form prints them (PDF or workbook): the 一级 → 二级 → 三级 filed;
/// or, for a form whose paper shows the whole framework (seed 000, the 88号 annex of seed 002), every
/// 二级 of the declaration's 指标体系 in the framework's order, one with nothing filed as a single
/// empty row for the pen (seed 000's 经济效益指标 and 生态效益指标).
/// </summary>
public static class IndicatorGrid
{
    /// <summary>The rows; every 二级 of <paramref name="everyLevel2Of"/> when given, else what was filed. 一级 carry their points where the form gives them.</summary>
    public static IndicatorTree Rows(Declaration declaration, IndicatorFramework? everyLevel2Of)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var filed = IndicatorTree.Build(declaration.Indicators);
        var tree = everyLevel2Of is null ? filed : EveryLevel2(filed, everyLevel2Of);
        return WithLevel1Points(tree, declaration.Level1Weights);
    }

    /// <summary>Every 二级 of the framework in its order, the filed ones in their places, the others one blank row each.</summary>
    private static IndicatorTree EveryLevel2(IndicatorTree filed, IndicatorFramework framework)
    {
        var filedLevel2s = filed.Level1s.SelectMany(l => l.Level2s).Select(g => g.Name).ToList();
        var level1s = framework.Level1s.OrderBy(l => l.Sequence).Select(level1 =>
        {
            var given = filed.Level1s.FirstOrDefault(l => l.Name == level1.Name)?.Level2s ?? [];
            var placed = level1.Level2s.OrderBy(l => l.Sequence)
                .Select(level2 => given.FirstOrDefault(g => g.Name == level2.Name)
                    ?? given.FirstOrDefault(g => LocalWording(g.Name, level2.Name) && !level1.Level2s.Exists(l => l.Name == g.Name))
                    ?? (filedLevel2s.Exists(f => LocalWording(f, level2.Name)) ? null : Empty(level1.Name, level2.Name)))
                .OfType<IndicatorTree.Level2Group>()
                .ToList();
            return new IndicatorTree.Level1Group(level1.Name, [.. placed, .. given.Except(placed)]);
        }).Where(l => l.Level2s.Count > 0);
        // 一级 filed outside the framework (a local addition) keep their place after it.
        var outside = filed.Level1s.Where(l => framework.FindLevel1(l.Name) is null);
        return new IndicatorTree([.. level1s.Concat(outside)]);
    }

    /// <summary>一级 named with the points the form gives them (产出指标（50分）), where it gives any.</summary>
    private static IndicatorTree WithLevel1Points(IndicatorTree tree, List<Level1Weight> points) => points.Count == 0
        ? tree
        : new IndicatorTree([.. tree.Level1s.Select(level1 => points.FirstOrDefault(p => p.Level1 == level1.Name) is { } given
            ? level1 with { Name = Level1WithPoints(level1.Name, given.Weight) }
            : level1)]);

    /// <summary>产出指标（50分）: a 一级 with the points the form gives it.</summary>
    public static string Level1WithPoints(string level1, decimal points) => $"{level1}（{IndicatorWeights.Format(points)}分）";

    /// <summary>
    /// A target as its value cell prints it; a row marked 不适用 with nothing written there prints
    /// 不适用, as the paper keeps such a row (seed 002's 经济效益指标).
    /// </summary>
    public static string Target(Indicator indicator, IndicatorTarget target)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(target);
        return indicator.NotApplicable && target.IsEmpty ? NotApplicable.Word : target.Display();
    }

    /// <summary>
    /// A 二级 filed in a local wording of the framework's (seed 000's 社会公众或服务对象满意度指标 for
    /// 服务对象满意度指标): it takes the framework's place, which then has no empty row of its own —
    /// nor where the filer put it under another 一级 (seed 000 lists 满意度 under 效益指标).
    /// </summary>
    private static bool LocalWording(string filed, string framework) => filed.Contains(framework, StringComparison.Ordinal);

    /// <summary>A 二级 with no 三级: one row, every cell of it blank.</summary>
    private static IndicatorTree.Level2Group Empty(string level1, string level2) =>
        new(level2, [new Indicator { Level1 = level1, Level2 = level2 }]);
}
