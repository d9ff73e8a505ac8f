namespace PerfTargets.Pdf.Composition.Infrastructure;

/// <summary>How an element answers "does it fit here": not at all, partly (the rest goes on the next page), or entirely.</summary>
public enum SpaceKind
{
    Wrap,
    Partial,
    Full,
}

/// <summary>An element's answer to a measure: how it fits and the space it takes on this page.</summary>
public readonly record struct SpacePlan(SpaceKind Kind, float Width, float Height)
{
    public static SpacePlan Wrap { get; } = new(SpaceKind.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpaceKind.Partial, width, height);

    public static SpacePlan Full(float width, float height) => new(SpaceKind.Full, width, height);

    public bool Fits => Kind != SpaceKind.Wrap;

    public Size Size => new(Width, Height);
}
