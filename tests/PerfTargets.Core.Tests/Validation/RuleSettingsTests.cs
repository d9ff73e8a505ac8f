using FluentValidation;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

public class RuleSettingsTests
{
    private static RuleSettings WithLevel(string rule, RuleLevel level) => new() { Levels = { [rule] = level } };

    [Fact]
    public void A_rule_turned_off_reports_nothing_and_a_rule_set_to_warning_no_longer_blocks()
    {
        var declaration = Create();
        declaration.Indicators[0].Name = "游客数量(≥**人)";

        Check(declaration).Single().Severity.ShouldBe(Severity.Error);
        DeclarationCheck.Problems(declaration, Framework(), WithLevel(DeclarationRule.TemplateLeftover, RuleLevel.Warning)).Single().Severity.ShouldBe(Severity.Warning);
        DeclarationCheck.Problems(declaration, Framework(), WithLevel(DeclarationRule.TemplateLeftover, RuleLevel.Off)).ShouldBeEmpty();
    }

    [Fact]
    public void A_warning_can_be_made_an_error()
    {
        var declaration = Create();
        declaration.Indicators[3].Annual.Text = "持续提升";

        DeclarationCheck.Problems(declaration, Framework(), WithLevel(DeclarationRule.VagueWording, RuleLevel.Error)).Single().IsError.ShouldBeTrue();
    }

    [Fact]
    public void Settings_survive_their_stored_form()
    {
        var settings = WithLevel(DeclarationRule.VagueWording, RuleLevel.Off);
        settings.MinimumIndicators = 5;
        settings.Units.Counts.Add("档");
        settings.Units.Accepted[Level2Kind.Timeliness].Add(UnitClass.Percent);

        var read = RuleSettingsRevision.Of(settings, DateTime.UtcNow, 1, "admin", "  试行  ").Read();

        read.Levels[DeclarationRule.VagueWording].ShouldBe(RuleLevel.Off);
        read.MinimumIndicators.ShouldBe(5);
        read.Units.Counts.ShouldContain("档");
        read.Units.Accepted[Level2Kind.Timeliness].ShouldBe([UnitClass.Time, UnitClass.Percent]);
        RuleSettingsChanges.Between(new RuleSettings(), read).ShouldBe(
            ["R24 默认→关闭", "三级指标最少 3→5 个", "计数单位增加 档", "时效指标可用的单位类别已改"]);
    }

    [Fact]
    public void The_validator_refuses_unknown_rules_unreasonable_minimums_and_long_or_repeated_words()
    {
        var settings = WithLevel("R99", RuleLevel.Off);
        settings.MinimumIndicators = 0;
        settings.VagueWords.Add("进一步");
        settings.GradeWords.Add(new string('优', 21));
        settings.Units.Counts.Add("件\u0007");

        new RuleSettingsValidator().Validate(settings).Errors.Select(e => e.ErrorMessage).ShouldBe(
        [
            "规则编号或级别无效。",
            "三级指标最少个数应在 1 到 50 之间。",
            "趋势词有重复。",
            "等级词每个不超过 20 个字，且不能为空。",
            "计数单位第 2 个字是不可见的控制字符（U+0007），请删除后再提交。",
        ]);
        new RuleSettingsValidator().Validate(new RuleSettings()).IsValid.ShouldBeTrue();
    }
}
