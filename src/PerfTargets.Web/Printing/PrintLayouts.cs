using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>Which layout a print uses: the one asked for, else the installation's default.</summary>
public sealed class PrintLayouts
{
    /// <summary>The layout named by <paramref name="requested"/>, the default when none is named, or null for a name no layout has.</summary>
    public LayoutInfo? Choose(string? requested) =>
        string.IsNullOrWhiteSpace(requested) ? LayoutCatalog.Find(LayoutCatalog.DefaultKey) : LayoutCatalog.Find(requested);
}
