namespace PerfTargets.Pdf.Composition;

/// <summary>Content that no page can hold (a fixed-size element larger than the page): a fault of the layout code, never of the user's text.</summary>
public sealed class LayoutException(string message) : Exception(message);
