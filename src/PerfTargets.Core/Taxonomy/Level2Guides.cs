using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Taxonomy;

/// <summary>
/// 二级指标填写说明 for every 二级 of the standard frameworks, written once: the editor shows the one of
/// the row being filled. The wording follows the published definitions and says nothing the rules
/// (计量单位 R17, 满意度 R21, 成本 R06 …) would contradict.
/// </summary>
public static class Level2Guides
{
    private const string Form2015 = "财预〔2015〕88号 附 绩效目标申报表 指标说明";
    private const string Framework2021 = "财预〔2021〕101号 项目支出绩效目标 共性指标框架";
    private const string Both = Form2015 + "；" + Framework2021;

    private static readonly string[] CostRules = [DeclarationRule.CostWithinFunding, DeclarationRule.UnitFits, DeclarationRule.NameMatchesTarget];
    private static readonly string[] BenefitRules = [DeclarationRule.NameMatchesTarget, DeclarationRule.SatisfactionPlace, DeclarationRule.VagueWording, DeclarationRule.TargetShape];

    public static IReadOnlyList<Level2Guidance> All { get; } =
    [
        new("数量指标",
            "反映预期提供的产品或服务的数量，如“培训人次”“监测网站数”“设备台数”；单位用个、人次、台、次等计数单位。",
            "不宜填写：完成率、合格率（属质量指标）；金额（属成本指标）；完成时间（属时效指标）。",
            [DeclarationRule.UnitFits, DeclarationRule.TargetShape], Both),
        new("质量指标",
            "反映产品或服务达到的标准和水平，如“验收合格率”“数据准确率”；用 % 或写明可核实的等级、状态。",
            "不宜填写：数量（属数量指标）；满意度（属满意度指标）；“扶持标准达标率”等合规比率。",
            [DeclarationRule.UnitFits, DeclarationRule.PercentRange, DeclarationRule.SatisfactionPlace, DeclarationRule.NameMatchesTarget], Both),
        new("时效指标",
            "反映提供产品或服务的及时程度和效率，如“项目完成时间”“处置时限”；写日期、期限或时长（小时、个工作日、12月底前）。",
            "不宜填写：数量、金额；时长不用 %；时限不超出项目期。",
            [DeclarationRule.UnitFits, DeclarationRule.PeriodFits], Both),
        new("成本指标",
            "反映提供产品或服务所需的成本，分单位成本和总成本，如“人均培训成本 ≤800元/人”；用金额单位并写“≤”。",
            "不宜填写：“严格执行相关规定”等定性要求；合规率、投入资金、预算执行率。",
            CostRules, Form2015),
        new("经济成本指标",
            "反映实施项目产生的直接经济成本，如“项目总成本”“单位设备购置成本 ≤23万元/台”；用金额单位并写“≤”。",
            "不宜填写：定性要求、合规率、预算执行率；对社会、环境的负面影响（属社会成本、生态环境成本指标）。",
            CostRules, Framework2021),
        new("社会成本指标",
            "反映实施项目对社会发展、公共福利等造成的负面影响，如“征地拆迁补偿支出”“需临时安置群众占比”；用金额或 % 并写“≤”。",
            "不宜填写：项目直接花费（属经济成本指标）；项目带来的社会效益（属社会效益指标）。",
            CostRules, Framework2021),
        new("生态环境成本指标",
            "反映实施项目对自然生态环境造成的负面影响，如“生态修复费用”“植被破坏面积占比”；用金额或 % 并写“≤”。",
            "不宜填写：项目直接花费（属经济成本指标）；环境改善的成效（属生态效益指标）。",
            CostRules, Framework2021),
        new("经济效益指标",
            "反映相关产出对经济发展带来的影响，如“带动社会投资额”“农民人均增收”“节约资金额”。",
            "不宜填写：完成率、合格率等产出（属产出指标）；满意度（属满意度指标）；效益不宜写“=”。",
            BenefitRules, Both),
        new("社会效益指标",
            "反映相关产出对社会发展带来的影响，如“受益人数”“政策知晓率”；定性的写可核实的状态或等级。",
            "不宜填写：完成率等产出（属产出指标）；满意度（属满意度指标）；只写“持续提升”等趋势词。",
            BenefitRules, Both),
        new("生态效益指标",
            "反映相关产出对自然生态环境带来的影响，如“森林覆盖率”“新增绿化面积”。",
            "不宜填写：环境治理的花费（属成本指标）；满意度（属满意度指标）；项目没有这类效益时，勾选该行的“不适用”。",
            BenefitRules, Both),
        new("可持续影响指标",
            "反映项目产出及其影响能持续多久，如“设施持续发挥作用年限”“长效管理机制建立”。",
            "不宜填写：当年的完成情况（属产出指标）；只写“较高”“持续提升”等无法核实的趋势词。",
            BenefitRules, Both),
        new("服务对象满意度指标",
            "反映服务对象或受益群众对项目产出及其效果的认可程度，如“参训人员满意度 ≥90%”；每项只调查一类对象。",
            "不宜填写：满意度以外的效果（属效益指标）；超过 100% 或写“≥100%”的比率。",
            [DeclarationRule.SatisfactionPlace, DeclarationRule.PercentRange], Both),
    ];

    /// <summary>The guidance for <paramref name="level2"/>; null for a 二级 a site added without any.</summary>
    public static Level2Guidance? For(string? level2) => All.FirstOrDefault(g => g.Level2 == level2);
}
