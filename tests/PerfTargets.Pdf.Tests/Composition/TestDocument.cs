using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Composition.Fluent;

namespace PerfTargets.Pdf.Tests.Composition;

/// <summary>A one-run A4 document whose content a test composes.</summary>
internal sealed class TestDocument(Action<IContainer> content) : IDocument
{
    public DocumentInfo Info { get; } = new("测试", "PerfTargets");

    public void Compose(DocumentContainer document) => document.Page(page =>
    {
        page.Margin(40);
        page.Footer().Text(t =>
        {
            t.Span("第");
            t.CurrentPageNumber();
            t.Span("页共");
            t.TotalPages();
            t.Span("页");
        });
        page.Content().Element(content);
    });
}
