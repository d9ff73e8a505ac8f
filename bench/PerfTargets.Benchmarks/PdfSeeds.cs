using System.Globalization;
using System.Text.Json;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Printing;
using PerfTargets.Data.DemoData;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Benchmarks;

/// <summary>
/// What the PDF benchmarks print: the demo seeds as the layouts get them (drafts, with their
/// department), as the PDF tests build them, and department documents of many of them.
/// </summary>
internal static class PdfSeeds
{
    /// <summary>Seed 002's first declaration, two pages in the national layout.</summary>
    public const string OneProject = "网络安全和信息化工作经费";

    private static readonly Lazy<DemoDataSet> Data = new(DemoDataSet.Load);

    public static IReadOnlyList<DemoDeclaration> All => Data.Value.Declarations;

    public static DeclarationPrint Print(DemoDeclaration seed)
    {
        var department = Data.Value.Departments.Single(d => d.Code == seed.DepartmentCode);
        return new DeclarationPrint { Declaration = seed.Declaration, DepartmentName = department.Name, DepartmentCode = department.Code, UnitProfile = department.Profile };
    }

    public static DeclarationPrint One() => Print(All.First(d => d.Declaration.ProjectName == OneProject));

    /// <summary>
    /// A department's document (seed 004's department, with its 部门整体绩效目标) holding
    /// <paramref name="count"/> declarations: copies of the 11 seed declarations in turn, each under a
    /// project name of its own (第n批) so the contents page and headings differ.
    /// </summary>
    public static DepartmentPrint Batch(int count)
    {
        var goal = Data.Value.DepartmentGoals[0];
        var department = Data.Value.Departments.Single(d => d.Code == goal.DepartmentCode);
        var prints = Enumerable.Range(0, count).Select(i =>
        {
            var seed = All[i % All.Count];
            var copy = JsonSerializer.Deserialize<Declaration>(JsonSerializer.Serialize(seed.Declaration, DeclarationJson.Options), DeclarationJson.Options)!;
            copy.ProjectName = string.Create(CultureInfo.InvariantCulture, $"{seed.Declaration.ProjectName}（第{i / All.Count + 1}批）");
            return Print(seed) with { Declaration = copy };
        }).ToList();
        var performanceGoal = new DepartmentPerformanceGoal
        {
            BudgetYear = goal.BudgetYear,
            OverallGoal = goal.OverallGoal,
            DutyGoals = goal.DutyGoals,
            Safeguards = goal.Safeguards,
        };
        return new DepartmentPrint(department.Name, department.Code, goal.BudgetYear, performanceGoal, prints);
    }

    public static DepartmentLayout BatchDocument(int count) => new(Batch(count), p => new NationalLayout(p));
}
