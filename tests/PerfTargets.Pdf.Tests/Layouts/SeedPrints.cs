using PerfTargets.Core.Departments;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.DemoData;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Pdf.Tests.Layouts;

/// <summary>The demo data's seed declarations as the layouts get them: as drafts, with their department and framework.</summary>
internal static class SeedPrints
{
    private static readonly Lazy<DemoDataSet> Data = new(DemoDataSet.Load);

    public static IReadOnlyList<DemoDeclaration> All => Data.Value.Declarations;

    public static DeclarationPrint Print(DemoDeclaration seed)
    {
        var department = Data.Value.Departments.Single(d => d.Code == seed.DepartmentCode);
        return new DeclarationPrint
        {
            Declaration = seed.Declaration,
            DepartmentName = department.Name,
            DepartmentCode = department.Code,
            UnitProfile = department.Profile,
            Framework = StandardFrameworks.Create().Single(f => f.Code == seed.FrameworkCode),
        };
    }

    /// <summary>The department's 部门整体绩效目标 of the year, as the demo data files it.</summary>
    public static DepartmentPerformanceGoal? Goal(string departmentCode, int budgetYear) =>
        Data.Value.DepartmentGoals.Where(g => g.DepartmentCode == departmentCode && g.BudgetYear == budgetYear)
            .Select(g => new DepartmentPerformanceGoal { BudgetYear = g.BudgetYear, OverallGoal = g.OverallGoal, DutyGoals = g.DutyGoals, Safeguards = g.Safeguards })
            .FirstOrDefault();

    public static DemoDeclaration Named(string project) => All.First(d => d.Declaration.ProjectName == project);

    /// <summary>A seed declaration's name for a test case and a file: its seed file's number and its place in it (002-3).</summary>
    public static string Key(DemoDeclaration seed)
    {
        var inFile = All.Where(s => s.SourceFile == seed.SourceFile).ToList().IndexOf(seed) + 1;
        var number = seed.SourceFile.Split("seed-")[1][..3];
        return $"{number}-{inFile}";
    }
}
