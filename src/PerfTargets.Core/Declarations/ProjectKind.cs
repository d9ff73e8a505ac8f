namespace PerfTargets.Core.Declarations;

/// <summary>项目属性.</summary>
public enum ProjectKind
{
    /// <summary>新增项目</summary>
    New = 0,

    /// <summary>延续项目</summary>
    Continuing = 1,
}
