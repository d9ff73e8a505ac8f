namespace PerfTargets.Core.Declarations;

/// <summary>The narrative sections of a declaration (项目情况说明). Every part is optional free text.</summary>
public sealed class DeclarationNarrative
{
    /// <summary>项目概况 / 项目基本概况</summary>
    public string? Overview { get; set; }

    /// <summary>立项依据 / 项目立项情况</summary>
    public string? Basis { get; set; }

    /// <summary>必要性</summary>
    public string? Necessity { get; set; }

    /// <summary>可行性</summary>
    public string? Feasibility { get; set; }

    /// <summary>项目实施内容</summary>
    public string? Content { get; set; }

    /// <summary>项目实施计划</summary>
    public string? Plan { get; set; }

    /// <summary>预期实施成效 / 项目实施成效</summary>
    public string? ExpectedOutcomes { get; set; }

    /// <summary>项目相关资源投入和制度建设情况</summary>
    public string? Resources { get; set; }

    /// <summary>资金安排情况 (seed 003)</summary>
    public string? FundingArrangement { get; set; }

    /// <summary>资金用途, beside 预算规模 (seed 004)</summary>
    public string? BudgetPurpose { get; set; }

    /// <summary>其他需说明的问题</summary>
    public string? OtherNotes { get; set; }
}
