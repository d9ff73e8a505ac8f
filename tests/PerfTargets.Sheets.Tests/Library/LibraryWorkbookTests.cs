using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Sheets.Library;
using PerfTargets.Sheets.Reading;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Tests.Library;

/// <summary>导出/导入指标库: what is exported reads back as it was; a wrong row is named by its cell, row and column heading.</summary>
public class LibraryWorkbookTests
{
    private static readonly IReadOnlyList<IndicatorFramework> Frameworks = Numbered(StandardFrameworks.Create());

    private static IReadOnlyList<IndicatorFramework> Numbered(IReadOnlyList<IndicatorFramework> frameworks)
    {
        for (var i = 0; i < frameworks.Count; i++)
        {
            frameworks[i].Id = i + 1;
        }

        return frameworks;
    }

    private static int National2021 => Frameworks.Single(f => f.Code == StandardFrameworks.National2021).Id;

    private static LibraryEntry[] Entries() =>
    [
        new()
        {
            Id = 7, Key = "共性-001", FrameworkId = National2021, Level1 = "产出指标", Level2 = "数量指标", Name = "培训班次",
            Nature = IndicatorNature.Quantitative, Unit = "期", Comparator = Comparator.GreaterOrEqual, Direction = IndicatorDirection.Positive,
            Basis = IndicatorBasis.Plan, Sectors = "培训,教育", Example = "举办培训班≥4期", Source = "财预〔2021〕101号",
        },
        new()
        {
            Id = 9, FrameworkId = National2021, Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "群众满意度",
            Nature = IndicatorNature.Qualitative, Formula = "满意人数 ÷ 调查人数", Source = LibraryEntry.LocalSource, Retired = true,
        },
    ];

    private static ReadWorkbook Exported(IEnumerable<LibraryEntry> entries, Func<int, string>? code = null)
    {
        using var stream = new MemoryStream();
        LibraryWorkbook.Export(stream, entries, code ?? (id => Frameworks.Single(f => f.Id == id).Code), new WorkbookInfo(), new HeaderFooterText("导出"));
        return WorkbookReader.Read(stream.ToArray());
    }

    [Fact]
    public void An_exported_library_imports_as_it_was()
    {
        var entries = Entries();

        var read = LibraryWorkbookReader.Read(Exported(entries), Frameworks, entries);

        read.Problems.ShouldBeEmpty();
        read.Entries.Count.ShouldBe(2);
        foreach (var (was, back) in entries.Zip(read.Entries))
        {
            back.ShouldBeEquivalentTo(was);
        }
    }

    [Fact]
    public void Rows_without_id_or_key_are_new_entries()
    {
        var entries = Entries();
        entries[1].Id = 0;

        var read = LibraryWorkbookReader.Read(Exported(entries), Frameworks, [entries[0]]);

        read.Problems.ShouldBeEmpty();
        read.Entries.Select(e => e.Id).ShouldBe([7, 0]);
    }

    [Fact]
    public void Each_problem_names_its_cell_row_and_column()
    {
        var entries = Entries();
        entries[0].Unit = new string('个', DeclarationLimits.Unit + 1);
        entries[0].Level2 = "社会效益指标";
        entries[1].Id = 99;

        var problems = LibraryWorkbookReader.Read(Exported(entries), Frameworks, [entries[0]]).Problems.Select(p => p.ToString()).ToList();

        problems.ShouldContain($"指标库!H2：第 2 行“计量单位”：计量单位不能超过 {DeclarationLimits.Unit} 个字。");
        problems.ShouldContain(p => p.StartsWith("指标库!E2：第 2 行“二级指标”：一级指标“产出指标”下没有二级指标“社会效益指标”", StringComparison.Ordinal));
        problems.ShouldContain("指标库!A3：第 3 行“编号”：指标库中没有编号为“99”的条目；新增的条目请把编号和编码留空。");
        problems.Count.ShouldBe(3);
    }

    [Fact]
    public void An_unknown_framework_is_said_once_at_its_cell()
    {
        var entries = Entries();
        var problems = LibraryWorkbookReader.Read(Exported(entries, _ => "1999"), Frameworks, entries).Problems.Select(p => p.ToString()).ToList();

        problems.ShouldContain(p => p.StartsWith("指标库!C2：第 2 行“指标体系”：没有编码为“1999”的指标体系", StringComparison.Ordinal));
        problems.ShouldNotContain(p => p.Contains("请选择指标体系", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workbook_without_the_heading_row_says_so()
    {
        using var stream = new MemoryStream();
        using (var workbook = WorkbookWriter.Create(stream, new WorkbookInfo()))
        {
            workbook.AddSheet("Sheet1", new SheetSetup()).WriteRow([SheetCell.Of("随便什么")]);
        }

        var read = LibraryWorkbookReader.Read(WorkbookReader.Read(stream.ToArray()), Frameworks, []);

        read.Problems.Single().ToString().ShouldStartWith("Sheet1：没有找到标题为“三级指标”的列");
        read.Entries.ShouldBeEmpty();
    }
}
