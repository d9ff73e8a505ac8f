namespace PerfTargets.Pdf.Fonts;

/// <summary>
/// The TrueType fonts the PDFs are set in, bound from configuration section <c>Pdf:Fonts</c>.
/// A null path means the shipped Noto Serif SC of that weight; a null <see cref="FallbackPath"/>
/// means no fallback. A path names a site's own TrueType font (e.g. a 仿宋 or 宋体 .ttf).
/// </summary>
public sealed record FontOptions
{
    /// <summary>The configuration section the Web app binds.</summary>
    public const string SectionName = "Pdf:Fonts";

    /// <summary>The regular face; null for the shipped Noto Serif SC Regular.</summary>
    public string? RegularPath { get; set; }

    /// <summary>The bold face; null for the shipped Noto Serif SC Bold.</summary>
    public string? BoldPath { get; set; }

    /// <summary>A face for characters the regular or bold face lacks; null for none.</summary>
    public string? FallbackPath { get; set; }

    /// <summary>Where the shipped Noto Serif SC Regular is copied in every application that references PerfTargets.Pdf.</summary>
    public static string ShippedRegularPath { get; } = Path.Combine(AppContext.BaseDirectory, "fonts", "NotoSerifSC-Regular.ttf");

    /// <summary>Where the shipped Noto Serif SC Bold is copied.</summary>
    public static string ShippedBoldPath { get; } = Path.Combine(AppContext.BaseDirectory, "fonts", "NotoSerifSC-Bold.ttf");
}
