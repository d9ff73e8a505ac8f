using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Tests.Library;

public class FrameworkPlacementTests
{
    private static IndicatorFramework Framework(string code) => StandardFrameworks.Create().Single(f => f.Code == code);

    [Fact]
    public void A_level2_stands_under_the_level1_its_framework_files_it_under()
    {
        FrameworkPlacement.Place(Framework(StandardFrameworks.National2021), "社会效益指标").ShouldBe(("效益指标", "社会效益指标"));
        FrameworkPlacement.Place(Framework(StandardFrameworks.Local2021Effect), "社会效益指标").ShouldBe(("效果指标", "社会效益指标"));
    }

    [Fact]
    public void The_2021_cost_split_falls_into_the_single_cost_level2_of_older_forms()
    {
        FrameworkPlacement.Place(Framework(StandardFrameworks.National2021), "经济成本指标").ShouldBe(("成本指标", "经济成本指标"));
        FrameworkPlacement.Place(Framework(StandardFrameworks.National2015), "生态环境成本指标").ShouldBe(("产出指标", "成本指标"));
    }

    [Fact]
    public void A_level2_the_framework_has_no_place_for_is_left_out()
    {
        FrameworkPlacement.Place(Framework(StandardFrameworks.National2021), "自创指标").ShouldBeNull();
        var noCost = new IndicatorFramework { Level1s = [new FrameworkLevel1 { Name = "产出指标", Level2s = [new FrameworkLevel2 { Name = "数量指标" }] }] };
        FrameworkPlacement.Place(noCost, "经济成本指标").ShouldBeNull();
    }
}
