namespace PerfTargets.Testing;

/// <summary>A clock the test moves forward, for what happens after hours of use or once a cache is due to be read again.</summary>
public sealed class ShiftableClock : TimeProvider
{
    private TimeSpan shift;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;

    public void Advance(TimeSpan by) => shift += by;
}
