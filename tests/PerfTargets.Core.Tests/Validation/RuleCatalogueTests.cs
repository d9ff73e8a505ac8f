using System.Reflection;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Catalogue;

namespace PerfTargets.Core.Tests.Validation;

public class RuleCatalogueTests
{
    private static IEnumerable<string> Codes() =>
        typeof(DeclarationRule).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void Every_rule_is_explained_once_in_the_order_of_its_code()
    {
        RuleCatalogue.All.Select(r => r.Code).ShouldBe(Codes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_explanation_says_what_why_and_gives_both_examples()
    {
        RuleCatalogue.All.ShouldAllBe(r => r.Title.Length > 0 && r.Checks.Length > 0 && r.Why.Length > 0 && r.Fails.Length > 0 && r.Passes.Length > 0);
    }

    [Fact]
    public void A_code_the_catalogue_does_not_know_has_no_explanation()
    {
        RuleCatalogue.Find(DeclarationRule.UnitFits)!.Title.ShouldBe("计量单位与指标相符");
        RuleCatalogue.Find("R99").ShouldBeNull();
    }
}
