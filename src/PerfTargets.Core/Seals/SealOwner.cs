namespace PerfTargets.Core.Seals;

/// <summary>Whose seal (印章) it is.</summary>
public enum SealOwner
{
    /// <summary>A department: 填报单位（盖章）.</summary>
    Department = 0,

    /// <summary>A review section of the finance office: the stamp on its 审核意见.</summary>
    ReviewSection = 1,
}
