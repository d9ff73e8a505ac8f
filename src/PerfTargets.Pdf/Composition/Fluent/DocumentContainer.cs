namespace PerfTargets.Pdf.Composition.Fluent;

/// <summary>What a document is made of: its runs of pages, in order.</summary>
public sealed class DocumentContainer
{
    internal List<PageDescriptor> Pages { get; } = [];

    public void Page(Action<PageDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var page = new PageDescriptor();
        compose(page);
        Pages.Add(page);
    }
}
