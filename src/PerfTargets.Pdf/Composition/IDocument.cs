namespace PerfTargets.Pdf.Composition;

/// <summary>
/// A printable document: composes its pages when asked. The renderer may ask twice (a first pass
/// counts the pages), so <see cref="Compose"/> builds the same document each time.
/// </summary>
public interface IDocument
{
    DocumentInfo Info { get; }

    void Compose(DocumentContainer document);
}

/// <summary>The PDF's own title and author, as a reader's document properties show them.</summary>
public sealed record DocumentInfo(string Title, string Author)
{
    /// <summary>
    /// The PDF's creation date (UTC). A document of fixed content (a frozen version) gives its own, so
    /// that every render of it is the same bytes; null dates it at the moment it is rendered.
    /// </summary>
    public DateTime? Created { get; init; }
}
