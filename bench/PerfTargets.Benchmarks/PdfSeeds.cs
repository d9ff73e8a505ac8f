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
        var prints = Enumerable.Range(0, count).Select(Copy).ToList();
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

    /// <summary>
    /// A round's batch of <paramref name="count"/> declarations over ten departments, as the application
    /// prints it: only the contents up front, each form's print made (a fresh copy of a seed, as a load
    /// from the database would be) when the renderer reaches it.
    /// </summary>
    public static RoundLayout RoundDocument(int count)
    {
        var departments = Enumerable.Range(0, 10).Select(d => new BatchDepartment(
            string.Create(CultureInfo.InvariantCulture, $"示范县单位{d + 1:00}"), string.Create(CultureInfo.InvariantCulture, $"9001{d + 1:00}"),
            [.. Enumerable.Range(0, count).Where(i => i % 10 == d).Select(i => new BatchForm(i, Name(i)))])).ToList();
        return new RoundLayout(new RoundPrint("批量打印基准", 2026, "已批复", departments), Copy, p => new NationalLayout(p));
    }

    /// <summary>Seed <paramref name="i"/> modulo 11, copied, under a project name of its own (第n批).</summary>
    private static DeclarationPrint Copy(int i)
    {
        var seed = All[i % All.Count];
        var copy = JsonSerializer.Deserialize<Declaration>(JsonSerializer.Serialize(seed.Declaration, DeclarationJson.Options), DeclarationJson.Options)!;
        copy.ProjectName = Name(i);
        return Print(seed) with { Declaration = copy };
    }

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"{All[i % All.Count].Declaration.ProjectName}（第{i / All.Count + 1}批）");
}
