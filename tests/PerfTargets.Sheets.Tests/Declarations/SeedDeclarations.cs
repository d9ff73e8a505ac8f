using System.Text.Json;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Sheets.Tests.Declarations;

/// <summary>The demo data's declarations, as the seed forms were transcribed, with the standard frameworks they name.</summary>
internal static class SeedDeclarations
{
    /// <summary>The <paramref name="index"/>th declaration of a seed file (seed-002-suzhou.json) and its framework.</summary>
    public static (Declaration Declaration, IndicatorFramework Framework) Load(string file, int index = 0)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DemoData", file)));
        var element = json.RootElement.GetProperty("declarations")[index];
        var declaration = element.Deserialize<Declaration>(DeclarationJson.Options)!;
        declaration.NumberRowsInOrder();
        var code = element.GetProperty("frameworkCode").GetString();
        return (declaration, StandardFrameworks.Create().Single(f => f.Code == code));
    }
}
