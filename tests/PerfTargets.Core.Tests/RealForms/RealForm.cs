using System.Text.Json;
using System.Text.Json.Nodes;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Tests.RealForms;

/// <summary>A published form of tests/RealForms as the rules see it: its declaration and the framework it is filed under.</summary>
internal sealed record RealForm(string Folder, Declaration Declaration, IndicatorFramework Framework)
{
    private static readonly string[] NotDeclarationMembers = ["frameworkCode", "departmentCode", "departmentName", "workflow", "version"];

    public static string Root => Path.Combine(AppContext.BaseDirectory, "RealForms");

    public static IEnumerable<string> Folders() =>
        Directory.GetDirectories(Root).Where(d => File.Exists(Path.Combine(d, "declaration.json"))).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    public static RealForm Load(string folder)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, folder, "declaration.json")))!.AsObject();
        var frameworkCode = document["frameworkCode"]!.GetValue<string>();
        foreach (var member in NotDeclarationMembers)
        {
            document.Remove(member);
        }

        return new RealForm(folder, document.Deserialize<Declaration>(DeclarationJson.Options)!,
            StandardFrameworks.Create().Single(f => f.Code == frameworkCode));
    }
}
