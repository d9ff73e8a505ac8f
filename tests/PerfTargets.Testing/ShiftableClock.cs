namespace PerfTargets.Web.Tests;

/// <summary>A clock the test moves forward, for what happens after hours of use.</summary>
internal sealed class ShiftableClock : TimeProvider
{
    private TimeSpan shift;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;

    public void Advance(TimeSpan by) => shift += by;
}
