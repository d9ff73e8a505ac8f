using PerfTargets.Core.Declarations;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Review;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Tests.Declarations;

public class DeclarationWorkbookTests
{
    private static readonly FormDefaults Defaults = new("中共宿州市委网络安全和信息化委员会办公室", "中共宿州市委网络安全和信息化委员会办公室（341300001）");

    internal static byte[] Export(Declaration declaration, IndicatorFramework framework, string layout, int? version = null, string? hash = null)
    {
        using var stream = new MemoryStream();
        DeclarationWorkbook.Export(stream, new DeclarationPrint
        {
            Declaration = declaration,
            DepartmentName = Defaults.ImplementingUnit!,
            DepartmentCode = "341300001",
            SupervisingDepartment = Defaults.SupervisingDepartment,
            Framework = framework,
            VersionNumber = version,
            VersionHash = hash,
        }, FormFamilies.Of(layout));
        return stream.ToArray();
    }

    /// <summary>The facts on either side that the other has not, for a message that names them.</summary>
    internal static string Differences(IReadOnlyList<DeclarationFact> read, IReadOnlyList<DeclarationFact> expected) =>
        string.Join("\n", read.Except(expected).Select(f => $"read {f}").Concat(expected.Except(read).Select(f => $"expected {f}")));

    [Theory]
    [InlineData("seed-002-suzhou.json", 0, LayoutKeys.National)]
    [InlineData("seed-002-suzhou.json", 1, LayoutKeys.National)]
    [InlineData("seed-004-shanhaiguan.json", 0, LayoutKeys.Budget)]
    [InlineData("seed-004-shanhaiguan.json", 0, LayoutKeys.National)]
    [InlineData("seed-003-chenggong.json", 0, LayoutKeys.Attributes)]
    [InlineData("seed-000-lusong.json", 0, LayoutKeys.Review)]
    [InlineData("seed-000-lusong.json", 0, LayoutKeys.ThreeSheet)]
    public void An_exported_declaration_reads_back_with_the_same_content(string file, int index, string layout)
    {
        var (declaration, framework) = SeedDeclarations.Load(file, index);

        var reading = FormSheetReader.Read(WorkbookReader.Read(Export(declaration, framework, layout)), Defaults);

        string.Join("\n", reading.Problems).ShouldBeEmpty();
        string.Join("\n", FormSheetReader.UnknownLevel1s(reading, framework)).ShouldBeEmpty();
        reading.FrameworkCode.ShouldBe(framework.Code);
        reading.DepartmentCode.ShouldBe("341300001");
        Differences(DeclarationFacts.Of(reading.Declaration), DeclarationFacts.Of(declaration)).ShouldBeEmpty();
        reading.Declaration.BudgetYear.ShouldBe(declaration.BudgetYear);
    }
}
