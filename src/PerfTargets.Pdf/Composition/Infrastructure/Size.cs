namespace PerfTargets.Pdf.Composition.Infrastructure;

/// <summary>A width and height in PDF points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    /// <summary>Stands for "as much as it needs" when an element is measured for its natural height.</summary>
    public const float Unbounded = 1_000_000f;

    /// <summary>Tolerance for float sums of heights, so that a row that fits exactly is not pushed to the next page.</summary>
    public const float Epsilon = 0.01f;

    public static Size Zero { get; } = new(0, 0);
}
