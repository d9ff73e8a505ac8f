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

    // Every seed but 000 names no 项目负责人 or 联系电话 (R13 warning, added with the review checks).
    private static readonly Dictionary<string, (string Rule, Severity Severity, string Path)[]> Expected = new()
    {
        // Seed 000: no 满意度指标 at all; its satisfaction row filed under 效益指标; "全年" and
        // "¥156,200" are names without targets. Its three "99%" have no comparator: exact targets, as on paper.
        // The review checks add: the comparator-less 99% noted once (R09); a goal of 不断… with no figure (R19);
        // a 中期目标 on a project whose period is the one year 2017 (R25); “实现上班日每日更新” holds two targets in a
        // sentence (220期 on WeChat, 440条 on the site), each of which wants its own 定量 row (R09, both columns).
        ["新媒体建设经费"] =
        [
            W("R09", "indicators[0].annual"), W("R09", "indicators[0].midTerm"), W("R19", "annualGoals[0]"), E("R07", "indicators"), W("R09", "indicators"), E("R09", "indicators[2].annual"),
            E("R09", "indicators[2].midTerm"), E("R09", "indicators[3].annual"), E("R09", "indicators[3].midTerm"),
            E("R08", "indicators[6].level2"), W("R25", "midTermGoals[0]"),
        ],
        // Seed 001: lines of 200,000 against 449,000; "=100.00" without a unit; 新增 or 延续 not said.
        // The review checks add: no 项目期 (R13); a count (个) under 时效指标 (R17); the goal's 12份, 1份, 96期 measured
        // by no indicator (R19); no 成本指标 although the 2015 framework has one (R23).
        ["新媒体软课题费"] =
        [W("R13", "projectLeader"), 
            W("R19", "annualGoals[0]"), E("R01", "budgetLines"), W("R23", "indicators"), E("R09", "indicators[1].annual"),
            W("R17", "indicators[2].annual"), W("R13", "kind"), W("R13", "periodText"),
        ],
        // Seed 002, six projects of one spreadsheet. Its 不适用 rows and comparator-less values
        // ("8个") are what its paper says, not mistakes. The review checks add, per project, what its paper does say:
        // 培训成本 written as a qualitative rule (R17); the goal's 90% with no indicator (R19); 持续提升 with no grade (R24).
        ["网络安全和信息化工作经费"] =
        [W("R13", "projectLeader"), 
            W("R19", "annualGoals[1]"), W("R17", "indicators[7].nature"), W("R24", "indicators[9].annual"),
            W("R24", "indicators[9].midTerm"),
        ],
        // Bare 100% rates (R09); 培训成本 qualitative (R17); six goals without one figure (R19); 显著提升 and 持续扩大 (R24).
        ["网络内容建设工作经费及网络综合治理"] =
        [W("R13", "projectLeader"), 
            W("R19", "annualGoals[0]"), W("R09", "indicators"), W("R17", "indicators[15].nature"),
            W("R24", "indicators[18].annual"), W("R24", "indicators[18].midTerm"), W("R24", "indicators[21].annual"),
            W("R24", "indicators[21].midTerm"),
        ],
        // Two empty targets; the review checks add 持续提升 and 不断提升 as targets (R24).
        ["网络媒体协会运行经费"] =
        [W("R13", "projectLeader"), 
            W("R24", "indicators[10].annual"), W("R24", "indicators[10].midTerm"), E("R09", "indicators[12].annual"),
            W("R24", "indicators[12].midTerm"), W("R24", "indicators[13].annual"), E("R09", "indicators[13].midTerm"),
        ],
        // Few quantified targets (R14); a bare 100% (R09); % under 数量指标 and a qualitative 经费支出合规性 as cost (R17);
        // goals without a figure (R19); 监测及时率 filed as an effect (R20); 不断提升, 明显 as targets (R24).
        ["网络应急指挥中心及举报中心工作经费"] =
        [W("R13", "projectLeader"), 
            W("R19", "annualGoals[0]"), W("R09", "indicators"), W("R14", "indicators"), W("R17", "indicators[11].nature"),
            W("R24", "indicators[13].annual"), W("R24", "indicators[13].midTerm"), W("R24", "indicators[15].annual"),
            W("R20", "indicators[15].level1"), W("R24", "indicators[15].midTerm"), W("R24", "indicators[16].annual"),
            W("R24", "indicators[16].midTerm"), W("R24", "indicators[17].annual"), W("R24", "indicators[17].midTerm"),
            W("R17", "indicators[3].annual"), W("R24", "indicators[7].annual"), W("R24", "indicators[7].midTerm"),
        ],
        // A bare 100% (R09); 经费支出合规性 as cost (R17); "服务对象满意度" as a 三级 is the 二级's own name (R22);
        // 不断提升 as a target (R24).
        ["劳务派遣人员经费"] =
        [W("R13", "projectLeader"), 
            W("R09", "indicators"), W("R17", "indicators[3].nature"), W("R24", "indicators[7].annual"),
            W("R24", "indicators[7].midTerm"), W("R22", "indicators[8].name"),
        ],
        // 效益 rows filed under 满意度指标 (R07, R08); bare rates (R09); a qualitative cost (R17); goals without a figure (R19);
        // 显著提升, 持续扩大, 明显提升, 不断提升 as targets (R24).
        ["宿州发布运营经费"] =
        [W("R13", "projectLeader"), 
            W("R19", "annualGoals[0]"), E("R07", "indicators"), W("R09", "indicators"), W("R17", "indicators[10].nature"),
            W("R24", "indicators[13].annual"), E("R08", "indicators[13].level2"), W("R24", "indicators[13].midTerm"),
            W("R24", "indicators[14].annual"), E("R08", "indicators[14].level2"), W("R24", "indicators[14].midTerm"),
            W("R24", "indicators[15].annual"), E("R08", "indicators[15].level2"), W("R24", "indicators[15].midTerm"),
            W("R24", "indicators[16].annual"), E("R08", "indicators[16].level2"), W("R24", "indicators[16].midTerm"),
        ],
        // Seed 003: qualitative targets printed with a % unit; its cost indicators equal its 101 万元 exactly;
        // 新增 or 延续 not said. The review checks add: a rate and a duration (月) under 数量指标, % for 及时率 under
        // 时效指标 and for a 时限 (R17); the annual goal copies the mid-term goal, and a goal of 有效… with no figure (R19);
        // "可持续影响指标" typed as a 三级 (R22); 进一步增加 as a target (R24).
        ["网络信息经费"] =
        [W("R13", "projectLeader"), 
            W("R19", "annualGoals[0]"), W("R19", "annualGoals[1]"), W("R17", "indicators[10].annual"),
            W("R17", "indicators[11].annual"), W("R17", "indicators[12].annual"), W("R17", "indicators[13].annual"),
            W("R09", "indicators[20].annual"), W("R24", "indicators[20].annual"), W("R09", "indicators[22].annual"),
            W("R22", "indicators[22].name"), W("R09", "indicators[23].annual"), W("R17", "indicators[2].level2"),
            W("R17", "indicators[3].annual"), W("R13", "kind"),
        ],
        // Seed 004: right under its own framework, 效果指标 and all; 新增 or 延续 not said. The review checks add:
        // no 项目期 (R13), a goal without a figure (R19), no 成本指标 under its 产出 (R23).
        ["网络舆情综合管理"] = [W("R13", "projectLeader"), W("R19", "annualGoals[0]"), W("R23", "indicators"), W("R13", "kind"), W("R13", "periodText")],
        // As its sibling: no 项目期 (R13), a goal without a figure (R19), no 成本指标 (R23).
        ["网络阵地建设和内容管理"] = [W("R13", "projectLeader"), W("R19", "annualGoals[0]"), W("R23", "indicators"), W("R13", "kind"), W("R13", "periodText")],
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
