using PerfTargets.Pdf.Fonts;
using SkiaSharp;

namespace PerfTargets.Pdf.Composition;

/// <summary>
/// Turns a document into a PDF: composes it run by run to find the characters it prints, subsets the
/// fonts to exactly those, counts its pages on a canvas that draws nothing when the document shows
/// page counts or a contents page, then draws every page into SkiaSharp's PDF backend — composing
/// each run afresh for each pass and letting it go after, so memory stays flat however long it is.
/// </summary>
public sealed class PdfRenderer(FontLibrary fonts)
{
    /// <summary>Characters page numbers and contents lines may need although no text names them yet.</summary>
    private const string AlwaysPrintable = "0123456789 -/.第页共";

    public void Render(IDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var container = new DocumentContainer();
        document.Compose(container);

        var (regular, bold, needsFirstPass) = Survey(container.Pages());
        using var subset = fonts.Subset(regular, bold);
        using var measurer = new TextMeasurer(subset);
        var context = new RenderContext(subset, measurer);
        if (needsFirstPass)
        {
            using var counting = new SKNoDrawCanvas(1, 1);
            context.IsCounting = true;
            context.PageCount = DrawPages(container.Pages(), context, (_, _) => counting, () => { });
            context.IsCounting = false;
        }

        using var pdf = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = document.Info.Title,
            Author = document.Info.Author,
            Creator = "PerfTargets 绩效目标申报系统",
            Producer = "PerfTargets",
            Creation = document.Info.Created ?? DateTime.Now,
            RasterDpi = 150,
        });
        DrawPages(container.Pages(), context, (w, h) => pdf.BeginPage(w, h), pdf.EndPage);
        pdf.Close();
    }

    /// <summary>
    /// The characters the pages print, regular and bold apart — Skia embeds each face's subset whole,
    /// so the bold one holds only what is printed bold — and whether they show page counts or a
    /// contents page, which needs the counting pass.
    /// </summary>
    internal static (HashSet<int> Regular, HashSet<int> Bold, bool NeedsFirstPass) Survey(IEnumerable<PageDescriptor> pages)
    {
        var regular = AlwaysPrintable.Select(c => (int)c).ToHashSet();
        var bold = new HashSet<int>();
        var needsFirstPass = false;
        foreach (var element in pages.SelectMany(p => p.Parts).SelectMany(e => e.Descendants()))
        {
            needsFirstPass |= NeedsFirstPass(element);
            if (element is TextElement text)
            {
                foreach (var (rune, isBold) in text.Characters)
                {
                    (isBold ? bold : regular).Add(rune.Value);
                }
            }
        }

        regular.Remove('\n');
        bold.Remove('\n');
        return (regular, bold, needsFirstPass);
    }

    private static bool NeedsFirstPass(Element element) =>
        element is Elements.SectionMark || (element is TextElement text && text.Spans.Exists(s => s.Dynamic is not null));

    internal static int DrawPages(IEnumerable<PageDescriptor> pages, RenderContext context, Func<float, float, SKCanvas> beginPage, Action endPage)
    {
        var number = 0;
        foreach (var page in pages)
        {
            SpacePlan plan;
            do
            {
                number++;
                context.PageNumber = number;
                context.Canvas = beginPage(page.PageSize.Width, page.PageSize.Height);
                plan = DrawPage(page, context);
                endPage();
            }
            while (plan.Kind != SpaceKind.Full);
        }

        return number;
    }

    private static SpacePlan DrawPage(PageDescriptor page, RenderContext context)
    {
        var width = page.PageSize.Width - page.MarginLeft - page.MarginRight;
        var height = page.PageSize.Height - page.MarginTop - page.MarginBottom;
        var header = Repeat(page.HeaderSlot, new Size(width, height), context);
        var footer = Repeat(page.FooterSlot, new Size(width, height - header.Height), context);
        var content = new Size(width, height - header.Height - footer.Height);
        context.PageContentHeight = content.Height;
        var plan = page.ContentSlot.Measure(content, context);
        if (!plan.Fits)
        {
            throw new LayoutException($"第 {context.PageNumber} 页：内容无法排入页面（{content.Width:0}×{content.Height:0} pt）。");
        }

        var canvas = context.Canvas;
        DrawAt(canvas, page.MarginLeft, page.MarginTop, () => page.HeaderSlot.Draw(header, context));
        DrawAt(canvas, page.MarginLeft, page.MarginTop + header.Height, () => page.ContentSlot.Draw(new Size(width, plan.Height), context));
        DrawAt(canvas, page.MarginLeft, page.PageSize.Height - page.MarginBottom - footer.Height, () => page.FooterSlot.Draw(footer, context));
        var whole = Repeat(page.ForegroundSlot, page.PageSize, context);
        if (whole.Height > 0)
        {
            page.ForegroundSlot.Draw(page.PageSize, context);
        }

        return plan;
    }

    /// <summary>A part every page repeats, measured afresh on each page.</summary>
    private static Size Repeat(Elements.Container part, Size available, RenderContext context)
    {
        part.ResetAll();
        var plan = part.Measure(available, context);
        return plan.Fits ? new Size(available.Width, plan.Height) : Size.Zero;
    }

    private static void DrawAt(SKCanvas canvas, float x, float y, Action draw)
    {
        canvas.Save();
        canvas.Translate(x, y);
        draw();
        canvas.Restore();
    }
}
