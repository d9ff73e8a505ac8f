namespace PerfTargets.Core.Library;

/// <summary>The admin's choices about the library, one row per installation.</summary>
public sealed class LibrarySettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>
    /// Whether the indicators of one department's approved declarations are suggested to every
    /// department; off, each department sees only its own.
    /// </summary>
    public bool ShareHistory { get; set; }
}
