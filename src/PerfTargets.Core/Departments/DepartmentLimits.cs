namespace PerfTargets.Core.Departments;

/// <summary>Size limits of departments and their yearly goals.</summary>
public static class DepartmentLimits
{
    public const int Code = 32;
    public const int Name = 200;
    public const int ProfileField = 200;
    public const int LongText = 10_000;
    public const int Duty = 200;
}
