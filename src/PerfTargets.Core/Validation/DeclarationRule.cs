namespace PerfTargets.Core.Validation;

/// <summary>
/// The codes of the rules a finance office checks a declaration against (审核规则), as they appear
/// in problem reports and the API. The numbers follow the order of the validation issue.
/// Drafts store their problem counts: a release that changes what a rule reports adds a migration
/// that marks them unjudged (<c>UPDATE "Declarations" SET "ProblemsJudgedWith" = NULL WHERE "Status" = 0</c>,
/// on both providers), so the lists do not show old verdicts.
/// </summary>
public static class DeclarationRule
{
    /// <summary>预算明细合计等于年度资金总额.</summary>
    public const string BudgetLinesSum = "R01";

    /// <summary>明细行：数量 × 标准 = 金额.</summary>
    public const string BudgetLineProduct = "R02";

    /// <summary>资金来源：财政拨款 + 其他资金 = 资金总额，财政拨款各部分之和 = 财政拨款.</summary>
    public const string FundingSources = "R03";

    /// <summary>年度资金总额不超过中期资金总额.</summary>
    public const string AnnualWithinMidTerm = "R04";

    /// <summary>资金支出计划为累计进度：0–100，不递减，12月底为 100.</summary>
    public const string DisbursementPlan = "R05";

    /// <summary>成本指标金额之和不超过资金总额.</summary>
    public const string CostWithinFunding = "R06";

    /// <summary>指标体系要求的一级指标下至少有一个三级指标.</summary>
    public const string RequiredLevel1 = "R07";

    /// <summary>二级指标属于其一级指标（按所选指标体系）.</summary>
    public const string AllowedLevel2 = "R08";

    /// <summary>定量指标有比较符、数值、单位；定性指标有等级描述.</summary>
    public const string TargetShape = "R09";

    /// <summary>百分比与满意度在 0–100 之间.</summary>
    public const string PercentRange = "R10";

    /// <summary>年度目标值不高于中期目标值.</summary>
    public const string AnnualAboveMidTerm = "R11";

    /// <summary>同一二级指标下三级指标不重名.</summary>
    public const string DuplicateIndicator = "R12";

    /// <summary>必填项与长度、金额范围.</summary>
    public const string RequiredFields = "R13";

    /// <summary>定量指标不少于一半.</summary>
    public const string QuantifiedShare = "R14";

    /// <summary>权重：每个适用的三级指标都有权重，合计等于总分（未写明为 100），各一级之和等于其分值.</summary>
    public const string WeightSum = "R15";

    /// <summary>预算明细的合计行（金额与以前年度实际执行数）等于各行之和.</summary>
    public const string StatedTotals = "R16";

    /// <summary>计量单位与二级指标相符（数量用计数单位，时效用期限，成本用金额），单位与指标名称相符.</summary>
    public const string UnitFits = "R17";

    /// <summary>模板残留：占位符（≥**%）、“指标1：”编号、核心指标星号、模板说明.</summary>
    public const string TemplateLeftover = "R18";

    /// <summary>绩效目标：年度目标不照抄中期目标，写产出和效果而非资金用途，目标中的数字有指标对应.</summary>
    public const string GoalWording = "R19";

    /// <summary>指标名称与指标值一致；完成率、合格率列在产出指标下；同一事实不重复填报.</summary>
    public const string NameMatchesTarget = "R20";

    /// <summary>满意度只列在满意度指标下，效益指标不只有满意度.</summary>
    public const string SatisfactionPlace = "R21";

    /// <summary>一级、二级指标的名称不作三级指标名称.</summary>
    public const string FrameworkLevelNames = "R22";

    /// <summary>三级指标不少于规定个数，有成本指标，按一级指标的顺序排列.</summary>
    public const string IndicatorCount = "R23";

    /// <summary>定性指标值有等级或可衡量的表述，不只写“进一步”“明显”“有效”等.</summary>
    public const string VagueWording = "R24";

    /// <summary>项目期与预算年度、时效指标、资金支出计划相符.</summary>
    public const string PeriodFits = "R25";
}
