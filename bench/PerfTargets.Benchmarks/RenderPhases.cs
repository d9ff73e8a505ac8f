using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Composition.Elements;
using PerfTargets.Pdf.Composition.Fluent;
using PerfTargets.Pdf.Composition.Infrastructure;
using PerfTargets.Pdf.Composition.Text;
using PerfTargets.Pdf.Fonts;
using PerfTargets.Pdf.Layouts;
using SkiaSharp;

namespace PerfTargets.Benchmarks;

/// <summary>
/// <c>--phases [N]</c>: where the time of a render goes and where the bytes of the PDF go. It runs the
/// steps of <see cref="PdfRenderer.Render"/> one by one (its own survey and page drawing, called in
/// turn with the pages composed once per pass), each timed, for seed 002's first declaration or a batch of N, warm (the
/// median of several renders after a few thrown away), then sorts the PDF's streams into fonts,
/// images and page content.
/// </summary>
internal static partial class RenderPhases
{

    public static int Run(int? declarations)
    {
        using var fonts = new FontLibrary(new FontOptions());
        IDocument document = declarations is { } n ? PdfSeeds.BatchDocument(n) : new NationalLayout(PdfSeeds.One());
        var runs = declarations is null or <= 10 ? 15 : 5;
        var timings = new List<Dictionary<string, double>>();
        byte[] pdf = [];
        for (var i = 0; i < runs + 3; i++)
        {
            using var output = new MemoryStream();
            var timing = Render(fonts, document, output);
            if (i >= 3)
            {
                timings.Add(timing);
            }

            pdf = output.ToArray();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(declarations is { } d ? $"batch of {d}" : PdfSeeds.OneProject)}: median of {runs} warm renders, ms"));
        foreach (var phase in timings[0].Keys)
        {
            var values = timings.Select(t => t[phase]).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-44} {values[values.Count / 2],8:N2}"));
        }

        Bytes(pdf);

        // Once more, with a full collection at each lap: what the render holds alive after each phase.
        var live = new Dictionary<string, double>();
        using (var output = new MemoryStream())
        {
            Render(fonts, document, output, live);
        }

        Console.WriteLine("live managed heap after each phase (full collection), MB");
        foreach (var (phase, megabytes) in live)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-44} {megabytes,8:N1}"));
        }

        return 0;
    }

    /// <summary>The steps of a render, timed; with <paramref name="live"/>, the live heap after each instead (the output stream counts too).</summary>
    private static Dictionary<string, double> Render(FontLibrary fonts, IDocument document, Stream output, Dictionary<string, double>? live = null)
    {
        var times = new Dictionary<string, double>();
        var watch = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        live?.Add("before", GC.GetTotalMemory(forceFullCollection: true) / 1048576.0);
        void Lap(string phase)
        {
            times[phase] = watch.Elapsed.TotalMilliseconds;
            live?.Add(phase, GC.GetTotalMemory(forceFullCollection: true) / 1048576.0);
            watch.Restart();
        }

        var pages = Compose(document);
        Lap("compose (first)");
        var (regular, bold, needsFirstPass) = PdfRenderer.Survey(pages);
        Lap($"collect characters and page-count needs ({regular.Count} regular, {bold.Count} bold)");
        using var subset = fonts.Subset(regular, bold);
        Lap("subset fonts (hb-subset, two faces)");
        using var measurer = new TextMeasurer(subset);
        var context = new RenderContext(subset, measurer);
        Lap("measurer");
        if (needsFirstPass)
        {
            using var counting = new SKNoDrawCanvas(1, 1);
            context.IsCounting = true;
            context.PageCount = PdfRenderer.DrawPages(pages, context, (_, _) => counting, () => { });
            context.IsCounting = false;
            Lap($"counting pass ({context.PageCount} pages, no-draw canvas)");
            pages = Compose(document);
            Lap("compose (again)");
        }

        using var pdf = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = document.Info.Title, Creation = DateTime.Now, RasterDpi = 150 });
        PdfRenderer.DrawPages(pages, context, (w, h) => pdf.BeginPage(w, h), pdf.EndPage);
        Lap("layout + draw into Skia's PDF pages");
        pdf.Close();
        Lap("Skia PDF close (fonts embedded, trailer)");
        times["total"] = total.Elapsed.TotalMilliseconds;
        return times;
    }

    private static List<PageDescriptor> Compose(IDocument document)
    {
        var container = new DocumentContainer();
        document.Compose(container);
        return [.. container.Pages()];
    }

    /// <summary>The PDF's stream bytes by kind, from the dictionaries Skia writes in front of them.</summary>
    private static void Bytes(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var kinds = new SortedDictionary<string, (int Count, long Bytes)>(StringComparer.Ordinal);
        foreach (Match match in StreamHeader().Matches(text))
        {
            var dictionary = match.Groups["dict"].Value;
            var length = long.Parse(match.Groups["length"].Value, CultureInfo.InvariantCulture);
            var kind = dictionary.Contains("/Length1", StringComparison.Ordinal) || dictionary.Contains("/Subtype /CIDFontType0C", StringComparison.Ordinal) || dictionary.Contains("/Subtype /OpenType", StringComparison.Ordinal) ? "font files"
                : dictionary.Contains("/Subtype /Image", StringComparison.Ordinal) ? "images"
                : dictionary.Contains("/Subtype /Form", StringComparison.Ordinal) ? "form XObjects"
                : "other streams (page content, ToUnicode, CIDSet…)";
            var (count, bytes) = kinds.GetValueOrDefault(kind);
            kinds[kind] = (count + 1, bytes + length);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PDF: {pdf.Length:N0} bytes, {PdfBenchmarks.Pages(pdf)} pages"));
        foreach (var (kind, (count, bytes)) in kinds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-44} {count,4} streams {bytes,10:N0} bytes"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"the rest (objects, xref, metadata)",-44}              {pdf.Length - kinds.Values.Sum(k => k.Bytes),10:N0} bytes"));
    }

    [GeneratedRegex(@"<<(?<dict>(?:(?!>>\s*stream).)*?/Length (?<length>\d+)(?:(?!>>\s*stream).)*)>>\s*stream", RegexOptions.Singleline)]
    private static partial Regex StreamHeader();
}
