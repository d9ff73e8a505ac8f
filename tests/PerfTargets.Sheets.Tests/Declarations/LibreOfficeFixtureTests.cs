using PerfTargets.Core.Review;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Tests.Declarations;

/// <summary>Templates filled and saved by LibreOffice (Fixtures/README.md): shared strings with rich-text runs, its own styles and merges.</summary>
public class LibreOfficeFixtureTests
{
    private static readonly FormDefaults Shanhaiguan = new("中共山海关区委网络安全和信息化委员会办公室", "中共山海关区委网络安全和信息化委员会办公室（224002）");

    private static ReadWorkbook Fixture(string name) => WorkbookReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    [Fact]
    public void Seed_004s_first_project_typed_into_the_template_in_LibreOffice_reads_as_the_seed()
    {
        var (seed, framework) = SeedDeclarations.Load("seed-004-shanhaiguan.json");

        var reading = FormSheetReader.Read(Fixture("seed004-filled-by-libreoffice.xlsx"), Shanhaiguan);

        string.Join("\n", reading.Problems).ShouldBeEmpty();
        FormSheetReader.UnknownLevel1s(reading, framework).ShouldBeEmpty();
        reading.FrameworkCode.ShouldBe(StandardFrameworks.Local2021Effect);
        reading.DepartmentCode.ShouldBe("224002");
        reading.Declaration.BudgetYear.ShouldBe(2023);
        DeclarationWorkbookTests.Differences(DeclarationFacts.Of(reading.Declaration), DeclarationFacts.Of(seed)).ShouldBeEmpty();
    }

    [Fact]
    public void Five_planted_mistakes_are_each_reported_at_their_cell()
    {
        var reading = FormSheetReader.Read(Fixture("five-mistakes-by-libreoffice.xlsx"), Shanhaiguan);
        var framework = StandardFrameworks.Create().Single(f => f.Code == StandardFrameworks.National2015);

        var problems = reading.Problems.Concat(FormSheetReader.UnknownLevel1s(reading, framework)).Select(p => p.ToString()).ToList();

        problems.Count.ShouldBe(5, string.Join("\n", problems));
        problems.ShouldContain(p => p.StartsWith("申报表!B4：", StringComparison.Ordinal) && p.Contains("缺少项目名称", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("“2024-13-45”不是日期", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("“十万元”不是有效的金额", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("“≥95”缺少计量单位", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("“满意程度指标”不是指标体系", StringComparison.Ordinal));
        problems.ShouldAllBe(p => p.StartsWith("申报表!", StringComparison.Ordinal));
    }
}
