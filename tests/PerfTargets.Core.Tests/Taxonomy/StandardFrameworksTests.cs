using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Tests.Taxonomy;

public class StandardFrameworksTests
{
    private static IndicatorFramework Get(string code) => StandardFrameworks.Create().Single(f => f.Code == code);

    [Fact]
    public void The_three_frameworks_of_the_design_are_there() =>
        StandardFrameworks.Create().Select(f => f.Code).ShouldBe(["2015", "2021", "2021-效果"]);

    [Fact]
    public void Framework_2015_files_cost_under_output()
    {
        var framework = Get(StandardFrameworks.National2015);
        framework.Allows("产出指标", "成本指标").ShouldBeTrue();
        framework.Allows("效益指标", "可持续影响指标").ShouldBeTrue();
        framework.Allows("效益指标", "数量指标").ShouldBeFalse();
        framework.FindLevel1("成本指标").ShouldBeNull();
    }

    [Fact]
    public void Framework_2021_makes_cost_a_level_one_of_its_own()
    {
        var framework = Get(StandardFrameworks.National2021);
        framework.Level1s.Select(l => l.Name).ShouldBe(["成本指标", "产出指标", "效益指标", "满意度指标"]);
        framework.Allows("成本指标", "经济成本指标").ShouldBeTrue();
        framework.Allows("产出指标", "成本指标").ShouldBeFalse();
    }

    [Fact]
    public void Local_variant_says_effect_where_the_others_say_benefit()
    {
        var framework = Get(StandardFrameworks.Local2021Effect);
        framework.Allows("效果指标", "社会效益指标").ShouldBeTrue();
        framework.FindLevel1("效益指标").ShouldBeNull();
        framework.Level1s.ShouldAllBe(l => l.Required);
    }
}
