namespace PerfTargets.Pdf.Composition.Fluent;

/// <summary>
/// What a document is made of: its runs of pages, in order. A run is kept as the code that composes
/// it and composed only when the renderer reaches it, so that a department's document of a hundred
/// forms holds one form's elements at a time.
/// </summary>
public sealed class DocumentContainer
{
    private readonly List<Action<PageDescriptor>> runs = [];

    public void Page(Action<PageDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        runs.Add(compose);
    }

    /// <summary>Each run freshly composed, one after the other.</summary>
    internal IEnumerable<PageDescriptor> Pages()
    {
        foreach (var compose in runs)
        {
            var page = new PageDescriptor();
            compose(page);
            yield return page;
        }
    }
}
