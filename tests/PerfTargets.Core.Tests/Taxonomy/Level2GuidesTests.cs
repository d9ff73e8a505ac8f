using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation.Catalogue;

namespace PerfTargets.Core.Tests.Taxonomy;

public class Level2GuidesTests
{
    private static IEnumerable<string> ShippedLevel2s() =>
        StandardFrameworks.Create().SelectMany(f => f.Level1s).SelectMany(l => l.Level2s).Select(l => l.Name).Distinct();

    [Fact]
    public void Every_level_two_of_every_shipped_framework_has_guidance() =>
        ShippedLevel2s().Where(name => Level2Guides.For(name) is null).ShouldBeEmpty();

    [Fact]
    public void Guidance_is_given_once_per_level_two_and_for_no_level_two_that_is_not_shipped()
    {
        Level2Guides.All.Select(g => g.Level2).ShouldBeUnique();
        Level2Guides.All.Select(g => g.Level2).ShouldBeSubsetOf(ShippedLevel2s());
    }

    [Fact]
    public void Every_rule_it_links_is_in_the_catalogue() =>
        Level2Guides.All.SelectMany(g => g.Rules.Select(code => (g.Level2, code)))
            .Where(link => RuleCatalogue.Find(link.code) is null).ShouldBeEmpty();

    [Fact]
    public void Each_says_what_belongs_and_what_does_not_and_where_it_comes_from() =>
        Level2Guides.All.ShouldAllBe(g => g.Belongs.Length > 0 && g.DoesNotBelong.StartsWith("不宜填写：") && g.Rules.Count > 0 && g.Source.Contains("财预"));

    [Fact]
    public void Quantity_points_to_the_unit_rule_and_satisfaction_to_the_satisfaction_rule()
    {
        Level2Guides.For("数量指标")!.Rules.ShouldContain("R17");
        Level2Guides.For("服务对象满意度指标")!.Rules.ShouldContain("R21");
        Level2Guides.For("经济成本指标")!.Rules.ShouldContain("R06");
        Level2Guides.For("自定义指标").ShouldBeNull();
    }
}
