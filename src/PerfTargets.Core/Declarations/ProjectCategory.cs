namespace PerfTargets.Core.Declarations;

/// <summary>项目类别 (seed 001).</summary>
public enum ProjectCategory
{
    /// <summary>一次性项目</summary>
    OneOff = 0,

    /// <summary>经常性项目</summary>
    Recurring = 1,

    /// <summary>中期预算试点项目</summary>
    MediumTermPilot = 2,
}
