namespace PerfTargets.Pdf.Composition.Fluent;

/// <summary>
/// What a document is made of: its runs of pages, in order. A run is kept as the code that composes
/// it and composed only when the renderer reaches it, so that a department's document of a hundred
/// forms holds one form's elements at a time.
/// </summary>
public sealed class DocumentContainer
{
    private readonly List<Func<IEnumerable<PageDescriptor>>> runs = [];

    public void Page(Action<PageDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        runs.Add(() => [Composed(compose)]);
    }

    /// <summary>
    /// Runs known only once the renderer reaches them: <paramref name="compose"/> may first load what
    /// they print (one form of a round's thousand) and is called afresh for each pass, so that what it
    /// loaded is let go with its pages rather than held for the whole document.
    /// </summary>
    public void Deferred(Action<DocumentContainer> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        runs.Add(() =>
        {
            var inner = new DocumentContainer();
            compose(inner);
            return inner.Pages();
        });
    }

    /// <summary>Each run freshly composed, one after the other.</summary>
    internal IEnumerable<PageDescriptor> Pages()
    {
        foreach (var run in runs)
        {
            foreach (var page in run())
            {
                yield return page;
            }
        }
    }

    private static PageDescriptor Composed(Action<PageDescriptor> compose)
    {
        var page = new PageDescriptor();
        compose(page);
        return page;
    }
}
