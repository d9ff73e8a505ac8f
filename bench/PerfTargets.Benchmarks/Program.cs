using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using PerfTargets.Benchmarks;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Fonts;

// dotnet run -c Release -- --html out.html   seed 002's first declaration as HTML, for bench/pdf-vs-chromium.sh
// dotnet run -c Release -- --pdf out.pdf [N]  the same declaration (or a batch of N) as this application's PDF
// dotnet run -c Release -- --warm 20         median of 20 warm renders of that declaration, in this process
// dotnet run -c Release -- --peak 100        a 100-declaration document rendered once: time, size, peak working set
// dotnet run -c Release -- --peak-round 1000  the same for a round's batch (批量打印), each form made when it is reached
// dotnet run -c Release -- --phases [N]      where the time of one render goes (one declaration, or a batch of N)
// dotnet run -c Release -- --check 200        what the rules find in the validation benchmark's declaration (nothing: it is clean)
// dotnet run -c Release -- --library-search sqlite|postgres "<connection string>"  p50/p95/p99 of the library's search over 10,000 entries (bench/library-search.sh)
// dotnet run -c Release -- --filter '*'      the BenchmarkDotNet benchmarks
if (args.Length == 2 && args[0] == "--check" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var size))
{
    var framework = PerfTargets.Core.Taxonomy.StandardFrameworks.Create().Single(f => f.Code == PerfTargets.Core.Taxonomy.StandardFrameworks.National2015);
    var problems = PerfTargets.Core.Validation.DeclarationCheck.Problems(LargeDeclaration.Create(framework, size, budgetLines: 60), framework);
    Console.WriteLine($"{problems.Count} problems");
    foreach (var problem in problems)
    {
        Console.WriteLine($"{problem.Rule} {problem.Path} {problem.Message}");
    }

    return problems.Count == 0 ? 0 : 1;
}

if (args.Length == 3 && args[0] == "--library-search")
{
    return await LibrarySearchTimes.RunAsync(new PerfTargets.Data.Setup.DatabaseSettings(PerfTargets.Data.Setup.DatabaseSettings.ProviderNamed(args[1]) ?? throw new ArgumentException($"Unknown provider {args[1]}"), args[2]));
}

if (args.Length == 2 && args[0] == "--html")
{
    File.WriteAllText(args[1], DeclarationHtml.Of(PdfSeeds.One()), new UTF8Encoding(false));
    Console.WriteLine($"{args[1]}: {new FileInfo(args[1]).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes");
    return 0;
}

if (args.Length is 2 or 3 && args[0] == "--pdf")
{
    var pdf = PdfBenchmarks.Pdf(args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : null);
    File.WriteAllBytes(args[1], pdf);
    Console.WriteLine($"{args[1]}: {pdf.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, {PdfBenchmarks.Pages(pdf)} pages");
    return 0;
}

if (args.Length == 2 && args[0] == "--warm" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var runs))
{
    return Program.Warm(runs);
}

if (args.Length == 2 && args[0] is "--peak" or "--peak-round" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var count))
{
    return Program.Peak(count, args[0] == "--peak" ? PdfSeeds.BatchDocument(count) : PdfSeeds.RoundDocument(count));
}

if (args.Length is 1 or 2 && args[0] == "--phases")
{
    return RenderPhases.Run(args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : null);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point of the benchmarks; pick one with --filter, or use one of the console modes above.</summary>
internal sealed partial class Program
{
    /// <summary>The median time of <paramref name="runs"/> renders of seed 002's first declaration after five thrown away, as one line.</summary>
    private static int Warm(int runs)
    {
        using var fonts = new FontLibrary(new FontOptions());
        var renderer = new PdfRenderer(fonts);
        var document = new PerfTargets.Pdf.Layouts.NationalLayout(PdfSeeds.One());
        var times = new List<double>();
        for (var i = 0; i < runs + 5; i++)
        {
            using var output = new MemoryStream();
            var watch = Stopwatch.StartNew();
            renderer.Render(document, output);
            if (i >= 5)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[times.Count / 2]:F2} ms over {runs} warm renders (min {times[0]:F2}, max {times[^1]:F2})"));
        return 0;
    }

    /// <summary>
    /// Renders a document of <paramref name="count"/> declarations (a department's, or a round's batch)
    /// once, into a temporary file as the application does, in a fresh process: the peak working set
    /// then tells whether memory grows with the batch (compare --peak 10 with --peak 100). A thread
    /// samples the managed heap every few milliseconds meanwhile, for its peak.
    /// </summary>
    private static int Peak(int count, IDocument document)
    {
        using var process = Process.GetCurrentProcess();
        using var fonts = new FontLibrary(new FontOptions());
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakHeap = 0;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            do
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }
            while (!done.Wait(2));
        });
        sampler.Start();
        var path = Path.GetTempFileName();
        var watch = Stopwatch.StartNew();
        long size;
        using (var output = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose))
        {
            new PdfRenderer(fonts).Render(document, output);
            size = output.Length;
        }

        watch.Stop();
        done.Set();
        sampler.Join();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        const double MB = 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} declarations: {watch.Elapsed.TotalMilliseconds:N0} ms (one cold render), {size / 1024.0:N1} KB; peak working set {process.PeakWorkingSet64 / MB:N1} MB (before rendering: {before / MB:N1} MB, so +{(process.PeakWorkingSet64 - before) / MB:N1} MB); managed heap peak {peakHeap / MB:N1} MB (live before: {heapBefore / MB:N1} MB); allocated {allocated / MB:N1} MB = {allocated / 1024.0 / count:N0} KB per declaration"));
        GC.KeepAlive(document);
        return 0;
    }
}
