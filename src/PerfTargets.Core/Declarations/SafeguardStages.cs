namespace PerfTargets.Core.Declarations;

/// <summary>保障阶段 of a 制度保障 line (seed 001): any combination of the three.</summary>
[Flags]
public enum SafeguardStages
{
    None = 0,

    /// <summary>立项和计划阶段</summary>
    Planning = 1,

    /// <summary>实施阶段</summary>
    Implementation = 2,

    /// <summary>收尾和完成阶段</summary>
    Closing = 4,
}
