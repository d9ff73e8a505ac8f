namespace PerfTargets.Pdf.Composition.Text;

/// <summary>Where each line of a paragraph sits across its width.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
}
