using PerfTargets.Core.Taxonomy;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 指标层级: a 一级 or 二级 name of any framework typed as a 三级 (“社会成本指标” under 2015's
/// 成本指标) says nothing measurable; the 三级 names what is measured.
/// </summary>
internal sealed class FrameworkLevelRules : AbstractValidator<Declaration>
{
    /// <summary>Every level name of the standard frameworks and where it belongs, built once.</summary>
    private static readonly Dictionary<string, string> LevelNames = StandardFrameworks.Create()
        .SelectMany(f => f.Level1s.Select(l1 => (Name: l1.Name, Place: $"{f.Name}的一级指标"))
            .Concat(f.Level1s.SelectMany(l1 => l1.Level2s.Select(l2 => (Name: l2.Name, Place: $"{f.Name}“{l1.Name}”下的二级指标")))))
        .GroupBy(l => l.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Place, StringComparer.Ordinal);

    public FrameworkLevelRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            var framework = DeclarationValidator.FrameworkOf(context);
            foreach (var (indicator, index) in Applicable(declaration))
            {
                var name = indicator.Name.Trim();
                if (Place(framework, name) is { } place)
                {
                    context.Report(DeclarationRule.FrameworkLevelNames, $"indicators[{index}].name",
                        $"三级指标“{name}”是{place}的名称，不是具体的指标：请写出衡量的内容（如“每平方米改造成本”“受益人数”）。", Severity.Warning);
                }
            }
        });
    }

    /// <summary>The longest standard level name: a longer 三级 name (longer than the framework's too) is none of them, and is passed without building candidates.</summary>
    private static readonly int LongestLevelName = LevelNames.Keys.Max(n => n.Length);

    /// <summary>Where a level name belongs, if <paramref name="name"/> is one (with or without 指标/目标 at the end).</summary>
    internal static string? Place(IndicatorFramework framework, string name)
    {
        if (name.Length > LongestLevelName && framework.Level1s.All(l => l.Name.Length < name.Length && l.Level2s.All(l2 => l2.Name.Length < name.Length)))
        {
            return null;
        }

        var asLevel = name.EndsWith("目标", StringComparison.Ordinal) ? name[..^2] + "指标" : name;
        foreach (var candidate in new[] { asLevel, asLevel + "指标" })
        {
            if (framework.Level1s.Any(l => l.Name == candidate))
            {
                return $"{framework.Name}的一级指标";
            }

            if (framework.Level1s.FirstOrDefault(l => l.Level2s.Any(l2 => l2.Name == candidate)) is { } level1)
            {
                return $"{framework.Name}“{level1.Name}”下的二级指标";
            }

            if (LevelNames.TryGetValue(candidate, out var place))
            {
                return place;
            }
        }

        return null;
    }
}
