using PerfTargets.Pdf.Composition.Fluent;

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
public sealed record DocumentInfo(string Title, string Author);
