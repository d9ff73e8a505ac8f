using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Fonts;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Benchmarks;

/// <summary>
/// How long a PDF takes with one font library held for the process, as the application holds one:
/// seed 002's first declaration (two pages, national layout) into memory, and a department's
/// document of 10, 50 and 100 declarations (the 11 seeds in turn) into a temporary file, as the
/// application writes big documents. The table adds each PDF's size and pages, and the allocation
/// per declaration, which stays flat when the renderer does not hold the whole batch.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
[Config(typeof(PdfColumns))]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the fonts.")]
public class PdfBenchmarks
{
    private static readonly int[] Sizes = [10, 50, 100];
    private FontLibrary fonts = null!;
    private PdfRenderer renderer = null!;
    private NationalLayout one = null!;
    private Dictionary<int, DepartmentLayout> batches = null!;
    private DirectoryInfo folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        fonts = new FontLibrary(new FontOptions());
        renderer = new PdfRenderer(fonts);
        one = new NationalLayout(PdfSeeds.One());
        batches = Sizes.ToDictionary(n => n, PdfSeeds.BatchDocument);
        folder = Directory.CreateTempSubdirectory("perftargets-pdf-bench-");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// OneDeclaration PDF: {OneDeclaration():N0} bytes"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        fonts.Dispose();
        folder.Delete(recursive: true);
    }

    [Benchmark]
    public long OneDeclaration()
    {
        using var output = new MemoryStream();
        renderer.Render(one, output);
        return output.Length;
    }

    /// <summary>Arguments rather than [Params], so that <see cref="OneDeclaration"/> runs once, not once per size.</summary>
    [Benchmark]
    [Arguments(10)]
    [Arguments(50)]
    [Arguments(100)]
    public long Batch(int declarations)
    {
        using var output = new FileStream(Path.Combine(folder.FullName, "batch.pdf"), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        renderer.Render(batches[declarations], output);
        return output.Length;
    }

    /// <summary>The PDF of a case, rendered once in the host process for the size and pages columns.</summary>
    internal static byte[] Pdf(int? declarations)
    {
        using var library = new FontLibrary(new FontOptions());
        using var output = new MemoryStream();
        new PdfRenderer(library).Render(declarations is { } n ? PdfSeeds.BatchDocument(n) : new NationalLayout(PdfSeeds.One()), output);
        return output.ToArray();
    }

    /// <summary>Pages of a PDF Skia wrote: its page objects are plain dictionaries.</summary>
    internal static int Pages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type /Page\b(?!s)");

    private static int? Declarations(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "declarations")?.Value as int?;

    private sealed class PdfColumns : ManualConfig
    {
        private static readonly ConcurrentDictionary<int, byte[]> Rendered = new();

        public PdfColumns()
        {
            AddColumn(
                StatisticColumn.Median,
                new Column("PDF size", "Size of the PDF written, in KB", c => (Render(c).Length / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB"),
                new Column("Pages", "Pages of the PDF", c => Pages(Render(c)).ToString(CultureInfo.InvariantCulture)),
                new Column("Alloc/decl", "Allocated per operation divided by the declarations printed", (c, s) =>
                    s[c]?.GcStats.GetBytesAllocatedPerOperation(c) is { } bytes
                        ? (bytes / 1024.0 / (Declarations(c) ?? 1)).ToString("N0", CultureInfo.InvariantCulture) + " KB"
                        : "?"));
        }

        private static byte[] Render(BenchmarkCase c) => Rendered.GetOrAdd(Declarations(c) ?? 0, n => Pdf(n == 0 ? null : n));
    }

    private sealed class Column(string name, string legend, Func<BenchmarkCase, Summary, string> value) : IColumn
    {
        public Column(string name, string legend, Func<BenchmarkCase, string> value) : this(name, legend, (c, _) => value(c))
        {
        }

        public string Id => nameof(PdfBenchmarks) + "." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => false;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(benchmarkCase, summary);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
