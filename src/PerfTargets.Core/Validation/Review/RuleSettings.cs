namespace PerfTargets.Core.Validation.Review;

/// <summary>
/// 审核规则设置: an installation's thresholds for the review checks and its choice of level for each
/// rule. A rule not named in <see cref="Levels"/> reports as built (see the rule catalogue).
/// </summary>
public sealed class RuleSettings
{
    public const int MaxMinimumIndicators = 50;

    public const int MaxWords = 200;

    /// <summary>The settings every installation starts with.</summary>
    public static RuleSettings Default { get; } = new();

    /// <summary>Per rule code (R01…): off, 提示 or 错误.</summary>
    public Dictionary<string, RuleLevel> Levels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>三级指标 a declaration needs at the least (R23).</summary>
    public int MinimumIndicators { get; set; } = 3;

    /// <summary>
    /// Words that make a 定性 target vague unless a grade or a number goes with them (R24). 财预〔2015〕88号
    /// asks for targets that are 细化、量化、可衡量; these are the words reviews return most.
    /// </summary>
    public List<string> VagueWords { get; set; } =
        ["进一步", "明显", "显著", "有效", "大幅", "较大", "不断", "稳步", "持续", "逐步", "巩固", "提高", "提升", "改善", "增强", "优化", "健全", "发展", "加强", "促进"];

    /// <summary>
    /// Words that make a 定性 target measurable: a grade, or a state that can be checked. They are
    /// looked for after the vague words are taken out, so 优化 does not pass for 优.
    /// </summary>
    public List<string> GradeWords { get; set; } =
        ["优", "良", "中等", "差", "较好", "一般", "达标", "合格", "符合", "通过", "建成", "完成", "不低于", "不高于", "不少于", "不超过", "高于", "低于", "等级", "级", "是否"];

    /// <summary>计量单位表 (R17).</summary>
    public UnitTable Units { get; set; } = new();
}
