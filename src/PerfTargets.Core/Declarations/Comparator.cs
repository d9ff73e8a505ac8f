namespace PerfTargets.Core.Declarations;

/// <summary>How an indicator's target value is to be read (指标值的比较符).</summary>
public enum Comparator
{
    /// <summary>≥</summary>
    GreaterOrEqual = 0,

    /// <summary>≤</summary>
    LessOrEqual = 1,

    /// <summary>=</summary>
    Equal = 2,

    /// <summary>&gt;</summary>
    Greater = 3,

    /// <summary>&lt;</summary>
    Less = 4,

    /// <summary>约 (seed 002: 约30万元)</summary>
    Approximately = 5,
}
