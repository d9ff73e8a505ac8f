using System.Text.Json;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;

namespace PerfTargets.Data.DemoData;

/// <summary>
/// The declarations of ../shared/seeds, transcribed by hand into the JSON files beside this class
/// (one per source form) and shipped inside the assembly.
/// </summary>
public sealed class DemoDataSet
{
    // The assembly embeds other JSON too (the indicator library): demo files are those of this folder.
    private static readonly string ResourcePrefix = typeof(DemoDataSet).Namespace + ".";

    /// <summary>The demo files shipped in this assembly (seed-000 … seed-004), in order: its other JSON resources are not demo data.</summary>
    public static IEnumerable<string> ResourceNames() =>
        typeof(DemoDataSet).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public List<DemoDepartment> Departments { get; } = [];

    public List<DemoDepartmentGoal> DepartmentGoals { get; } = [];

    public List<DemoDeclaration> Declarations { get; } = [];

    /// <summary>Reads every demo file embedded in this assembly, in file-name order.</summary>
    public static DemoDataSet Load()
    {
        var assembly = typeof(DemoDataSet).Assembly;
        var set = new DemoDataSet();
        foreach (var name in ResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<DemoFile>(stream, DeclarationJson.Options)
                ?? throw new InvalidOperationException($"Demo data file {name} is empty.");
            set.Departments.AddRange(file.Departments);
            set.DepartmentGoals.AddRange(file.DepartmentGoals);
            set.Declarations.AddRange(file.Declarations.Select(element => new DemoDeclaration(
                name,
                element.GetProperty("departmentCode").GetString()!,
                element.GetProperty("frameworkCode").GetString()!,
                element.Deserialize<Declaration>(DeclarationJson.Options)!)));
        }

        return set;
    }

    private sealed record DemoFile(List<DemoDepartment> Departments, List<DemoDepartmentGoal> DepartmentGoals, List<JsonElement> Declarations);
}

/// <summary>A demo department, its parent named by code.</summary>
public sealed record DemoDepartment(string Code, string Name, string? ParentCode, UnitProfile Profile);

/// <summary>A demo 部门整体绩效目标, its department named by code.</summary>
public sealed record DemoDepartmentGoal(string DepartmentCode, int BudgetYear, string OverallGoal, List<DutyGoal> DutyGoals, string? Safeguards);

/// <summary>A demo declaration with the codes of its department and framework.</summary>
public sealed record DemoDeclaration(string SourceFile, string DepartmentCode, string FrameworkCode, Declaration Declaration);
