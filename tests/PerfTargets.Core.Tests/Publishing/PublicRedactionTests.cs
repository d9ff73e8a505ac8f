using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Publishing;

namespace PerfTargets.Core.Tests.Publishing;

/// <summary>公开脱敏: people's names and telephone numbers withheld, everything else as approved; 公开 and 撤回公开 refused in Chinese.</summary>
public class PublicRedactionTests
{
    private static DeclarationPrint Print() => new()
    {
        Declaration = new Declaration
        {
            ProjectName = "新媒体建设经费",
            ImplementingUnit = "芦淞区网宣办",
            ProjectLeader = "王娅薇",
            ContactPerson = "王婷婷",
            ContactPhone = "0731-28580770",
            FilledBy = "王娅薇",
        },
        DepartmentName = "芦淞区委宣传部",
        UnitProfile = new UnitProfile { Address = "芦淞区建设南路", Phone = "24033368", LegalRepresentative = "张三", Overview = "宣传工作" },
        Reviews = [new ReviewBox("业务股室", "同意。", "业务股室审核人", new DateOnly(2026, 12, 2)), new ReviewBox("绩效管理股")],
    };

    [Fact]
    public void Names_and_telephone_numbers_are_withheld_and_the_rest_is_kept()
    {
        var redacted = PublicRedaction.Apply(Print(), []);

        var d = redacted.Declaration;
        (d.ProjectLeader, d.ContactPerson, d.ContactPhone, d.FilledBy).ShouldBe(("—", "—", "—", "—"));
        (d.ProjectName, d.ImplementingUnit).ShouldBe(("新媒体建设经费", "芦淞区网宣办"));
        var profile = redacted.UnitProfile!;
        (profile.Phone, profile.LegalRepresentative, profile.Address, profile.Overview).ShouldBe(("—", "—", "芦淞区建设南路", "宣传工作"));
        redacted.Reviews.Select(r => (r.SectionName, r.Opinion, r.Reviewer)).ShouldBe([("业务股室", "同意。", "—"), ("绩效管理股", null, null)]);
        redacted.Redaction.ShouldBe([]);
        Print().Redaction.ShouldBeNull();
    }

    [Fact]
    public void A_field_left_blank_stays_blank()
    {
        var print = Print() with { UnitProfile = null };
        print.Declaration.ContactPerson = null;

        var redacted = PublicRedaction.Apply(print, []);

        redacted.Declaration.ContactPerson.ShouldBeNull();
        redacted.UnitProfile.ShouldBeNull();
    }

    [Fact]
    public void A_project_field_marked_internal_is_withheld_and_named_in_the_redaction()
    {
        var print = Print();
        print.Declaration.Narrative.Overview = "概况";
        print.Declaration.Narrative.BudgetPurpose = "内部用途说明";

        var redacted = PublicRedaction.Apply(print, [nameof(DeclarationNarrative.BudgetPurpose), "NoSuchField"]);

        (redacted.Declaration.Narrative.Overview, redacted.Declaration.Narrative.BudgetPurpose).ShouldBe(("概况", "（内部资料，不公开）"));
        redacted.Redaction.ShouldBe([nameof(DeclarationNarrative.BudgetPurpose)]);
    }

    [Fact]
    public void Only_an_approved_declaration_is_published_and_a_withdrawal_needs_a_reason()
    {
        PublishingRules.CheckPublish(DeclarationStatus.Submitted, null).ShouldBe("只有已批复的申报表可以公开。");
        PublishingRules.CheckPublish(DeclarationStatus.Approved, null).ShouldBeNull();
        PublishingRules.CheckPublish(DeclarationStatus.Approved, new Publication()).ShouldBe("该申报表已经公开。");
        PublishingRules.CheckPublish(DeclarationStatus.Approved, new Publication { WithdrawnAt = DateTime.UtcNow }).ShouldBeNull();
        PublishingRules.CheckWithdraw(null, "理由").ShouldBe("该申报表尚未公开，无需撤回。");
        PublishingRules.CheckWithdraw(new Publication(), " ").ShouldBe("请填写撤回公开的理由。");
        PublishingRules.CheckWithdraw(new Publication(), new string('理', 501)).ShouldBe("撤回理由不能超过 500 个字符。");
        PublishingRules.CheckWithdraw(new Publication(), "预算调整").ShouldBeNull();
    }
}
