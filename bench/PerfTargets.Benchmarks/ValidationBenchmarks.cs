using BenchmarkDotNet.Attributes;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;

namespace PerfTargets.Benchmarks;

/// <summary>
/// How long the rules take on a large declaration: 200 indicators spread over the whole 2015
/// tree, 60 budget lines, a full funding split and disbursement plan.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly IndicatorFramework framework = StandardFrameworks.Create().Single(f => f.Code == StandardFrameworks.National2015);
    private Declaration declaration = null!;

    [Params(20, 200)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup() => declaration = LargeDeclaration.Create(framework, Indicators, budgetLines: 60);

    [Benchmark]
    public int Validate() => DeclarationCheck.Problems(declaration, framework).Count;
}
