namespace PerfTargets.Core.Seals;

/// <summary>
/// 印章: the image a department or review section stamps with, an uploaded PNG or a generated
/// standard round red seal. A change adds a new row, so every review record keeps showing the
/// very seal it was stamped with.
/// </summary>
public sealed class Seal
{
    public int Id { get; set; }

    public SealOwner Owner { get; set; }

    /// <summary>The department's or section's id, by <see cref="Owner"/>.</summary>
    public int OwnerId { get; set; }

    /// <summary>The PNG exactly as uploaded or generated (transparency kept).</summary>
    public byte[] Png { get; set; } = [];

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Generated (标准印章) rather than uploaded.</summary>
    public bool Generated { get; set; }

    /// <summary>SHA-256 of the PNG, lower-case hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>In UTC.</summary>
    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>The largest PNG accepted for upload.</summary>
    public const int MaxBytes = 1024 * 1024;
}
