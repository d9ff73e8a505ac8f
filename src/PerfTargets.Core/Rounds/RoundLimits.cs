namespace PerfTargets.Core.Rounds;

/// <summary>Size limits of a 申报批次 and its extensions.</summary>
public static class RoundLimits
{
    public const int Name = 100;
    public const int Notice = 2_000;
    public const int ExtensionReason = 200;
}
