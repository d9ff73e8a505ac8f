namespace PerfTargets.Core.Departments;

/// <summary>
/// 预算单位 / 部门: a unit that files declarations. A unit may sit under a 主管部门 (its parent),
/// as 芦淞区网宣办 sits under 芦淞区委宣传部.
/// </summary>
public sealed class Department
{
    public int Id { get; set; }

    /// <summary>单位编码 / 预算代码 (seed 004: 224002).</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>单位名称</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>主管部门</summary>
    public int? ParentId { get; set; }

    public UnitProfile Profile { get; set; } = new();
}
