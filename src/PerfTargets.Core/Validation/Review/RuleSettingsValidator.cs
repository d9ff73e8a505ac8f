using PerfTargets.Core.Validation.Catalogue;

namespace PerfTargets.Core.Validation.Review;

/// <summary>What an admin may set: levels of rules that exist, a minimum within reason, and word lists of short, distinct words.</summary>
public sealed class RuleSettingsValidator : AbstractValidator<RuleSettings>
{
    public const int MaxWordLength = 20;

    public RuleSettingsValidator()
    {
        RuleForEach(s => s.Levels).Must(level => RuleCatalogue.Find(level.Key) is not null && Enum.IsDefined(level.Value))
            .OverridePropertyName(nameof(RuleSettings.Levels)).WithMessage("规则编号或级别无效。");
        RuleFor(s => s.MinimumIndicators).InclusiveBetween(1, RuleSettings.MaxMinimumIndicators)
            .WithMessage($"三级指标最少个数应在 1 到 {RuleSettings.MaxMinimumIndicators} 之间。");
        Words(s => s.VagueWords, "趋势词");
        Words(s => s.GradeWords, "等级词");
        Words(s => s.Units.Counts, "计数单位");
        Words(s => s.Units.Percents, "比率单位");
        Words(s => s.Units.Durations, "时间单位");
        RuleFor(s => s.Units.Odd.Count).LessThanOrEqualTo(RuleSettings.MaxWords).OverridePropertyName("Units.Odd")
            .WithMessage($"不完整单位最多 {RuleSettings.MaxWords} 个。");
        RuleForEach(s => s.Units.Odd).Must(odd => Fits(odd.Key) && odd.Value.Trim().Length is > 0 and <= 40
                && TextCharacters.IsAllowed(odd.Key) && TextCharacters.IsAllowed(odd.Value)).OverridePropertyName("Units.Odd")
            .WithMessage($"每个不完整单位写成“单位=应为的单位”，单位不超过 {MaxWordLength} 个字，说明不超过 40 个字。");
    }

    private void Words(System.Linq.Expressions.Expression<Func<RuleSettings, IEnumerable<string>>> list, string name)
    {
        RuleFor(list)
            .Must(words => words.Count() <= RuleSettings.MaxWords).WithMessage($"{name}最多 {RuleSettings.MaxWords} 个。")
            .Must(words => words.All(Fits)).WithMessage($"{name}每个不超过 {MaxWordLength} 个字，且不能为空。")
            .Must(words => words.Distinct(StringComparer.Ordinal).Count() == words.Count()).WithMessage($"{name}有重复。");
        RuleForEach(list).PlainText(name);
    }

    private static bool Fits(string word) => word.Trim().Length is > 0 and <= MaxWordLength;
}
