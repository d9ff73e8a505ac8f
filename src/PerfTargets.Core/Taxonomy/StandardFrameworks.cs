namespace PerfTargets.Core.Taxonomy;

/// <summary>
/// The frameworks every installation starts with: the national 2015 and 2021 forms and the local
/// variant of seed 004, which says 效果指标 where the others say 效益指标.
/// </summary>
public static class StandardFrameworks
{
    public const string National2015 = "2015";
    public const string National2021 = "2021";
    public const string Local2021Effect = "2021-效果";

    private static readonly string[] BenefitLevel2s = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];
    private static readonly string[] SatisfactionLevel2s = ["服务对象满意度指标"];

    /// <summary>Fresh, unsaved copies of the standard frameworks.</summary>
    public static IReadOnlyList<IndicatorFramework> Create() =>
    [
        Framework(National2015, "2015版（财预〔2015〕88号）", "财政部《中央部门预算绩效目标管理办法》（财预〔2015〕88号）附件",
            ("产出指标", true, ["数量指标", "质量指标", "时效指标", "成本指标"]),
            ("效益指标", true, BenefitLevel2s),
            ("满意度指标", true, SatisfactionLevel2s)),
        Framework(National2021, "2021版（财预〔2021〕101号）", "财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）",
            ("成本指标", true, ["经济成本指标", "社会成本指标", "生态环境成本指标"]),
            ("产出指标", true, ["数量指标", "质量指标", "时效指标"]),
            ("效益指标", true, BenefitLevel2s),
            ("满意度指标", true, SatisfactionLevel2s)),
        Framework(Local2021Effect, "地方版（效果指标）", "部分地区的申报表以“效果指标”代替“效益指标”，二级指标相同",
            ("产出指标", true, ["数量指标", "质量指标", "时效指标", "成本指标"]),
            ("效果指标", true, BenefitLevel2s),
            ("满意度指标", true, SatisfactionLevel2s)),
    ];

    private static IndicatorFramework Framework(string code, string name, string source, params (string Name, bool Required, string[] Level2s)[] level1s) => new()
    {
        Code = code,
        Name = name,
        Source = source,
        Level1s = level1s.Select((l1, i) => new FrameworkLevel1
        {
            Sequence = i + 1,
            Name = l1.Name,
            Required = l1.Required,
            Level2s = l1.Level2s.Select((l2, j) => new FrameworkLevel2 { Sequence = j + 1, Name = l2 }).ToList(),
        }).ToList(),
    };
}
