namespace PerfTargets.Core.Departments;

/// <summary>项目实施单位 情况 (seed 003): the unit's profile, kept once on the department.</summary>
public sealed class UnitProfile
{
    /// <summary>统一社会信用代码 / 组织机构代码</summary>
    public string? CreditCode { get; set; }

    /// <summary>地址</summary>
    public string? Address { get; set; }

    /// <summary>联系电话</summary>
    public string? Phone { get; set; }

    /// <summary>法人代表</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>经费来源</summary>
    public string? FundingSource { get; set; }

    /// <summary>单位概况</summary>
    public string? Overview { get; set; }

    /// <summary>内设机构</summary>
    public string? InternalStructure { get; set; }
}
