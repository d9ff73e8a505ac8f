using FluentValidation;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data.DemoData;

namespace PerfTargets.Data.Tests;

/// <summary>
/// The problems a careful reviewer lists for each seed declaration, worked out from the source
/// forms in ../shared/seeds (not from the validators' output), against what the rules report.
/// </summary>
public class SeedValidationTests
{
    private static (string Rule, Severity Severity, string Path) E(string rule, string path) => (rule, Severity.Error, path);

    private static (string Rule, Severity Severity, string Path) W(string rule, string path) => (rule, Severity.Warning, path);

    private static IEnumerable<(string Rule, Severity Severity, string Path)> BothPeriods(params int[] indicators) =>
        indicators.SelectMany(i => new[] { E("R09", $"indicators[{i}].midTerm"), E("R09", $"indicators[{i}].annual") });

    private static readonly Dictionary<string, (string Rule, Severity Severity, string Path)[]> Expected = new()
    {
        // Seed 000: no 满意度指标 at all; its satisfaction row filed under 效益指标; "全年" and
        // "¥156,200" are names without targets. Its three "99%" have no comparator: exact targets, as on paper.
        ["新媒体建设经费"] = [E("R07", "indicators"), E("R08", "indicators[6].level2"), .. BothPeriods(2, 3)],
        // Seed 001: lines of 200,000 against 449,000; "=100.00" without a unit; 新增 or 延续 not said.
        ["新媒体软课题费"] = [E("R01", "budgetLines"), E("R09", "indicators[1].annual"), W("R13", "kind")],
        // Seed 002, six projects of one spreadsheet. Its 不适用 rows and comparator-less values
        // ("8个") are what its paper says, not mistakes.
        ["网络安全和信息化工作经费"] = [],
        ["网络内容建设工作经费及网络综合治理"] = [],
        ["网络媒体协会运行经费"] = [E("R09", "indicators[12].annual"), E("R09", "indicators[13].midTerm")],
        ["网络应急指挥中心及举报中心工作经费"] = [W("R14", "indicators")],
        ["劳务派遣人员经费"] = [],
        ["宿州发布运营经费"] =
        [
            E("R07", "indicators"),
            E("R08", "indicators[13].level2"), E("R08", "indicators[14].level2"), E("R08", "indicators[15].level2"), E("R08", "indicators[16].level2"),
        ],
        // Seed 003: qualitative targets printed with a % unit; its cost indicators equal its 101 万元 exactly;
        // 新增 or 延续 not said.
        ["网络信息经费"] = [W("R09", "indicators[20].annual"), W("R09", "indicators[22].annual"), W("R09", "indicators[23].annual"), W("R13", "kind")],
        // Seed 004: right under its own framework, 效果指标 and all; 新增 or 延续 not said.
        ["网络舆情综合管理"] = [W("R13", "kind")],
        ["网络阵地建设和内容管理"] = [W("R13", "kind")],
    };

    public static TheoryData<string> Declarations => new(Expected.Keys);

    [Theory]
    [MemberData(nameof(Declarations))]
    public void Each_seed_declaration_has_exactly_the_problems_a_reviewer_finds(string projectName)
    {
        var seed = DemoDataSet.Load().Declarations.Single(d => d.Declaration.ProjectName == projectName);
        seed.Declaration.DepartmentId = 1;
        var framework = StandardFrameworks.Create().Single(f => f.Code == seed.FrameworkCode);

        var problems = DeclarationCheck.Problems(seed.Declaration, framework);

        problems.Select(p => (p.Rule, p.Severity, p.Path)).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Rule, StringComparer.Ordinal)
            .ShouldBe(Expected[projectName].OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Rule, StringComparer.Ordinal),
                string.Join("\n", problems.Select(p => $"{p.Rule} {p.Path} {p.Message}")));
    }

    [Fact]
    public void Every_seed_declaration_has_an_expectation() =>
        DemoDataSet.Load().Declarations.Select(d => d.Declaration.ProjectName).ShouldBe(Expected.Keys, ignoreOrder: true);
}
