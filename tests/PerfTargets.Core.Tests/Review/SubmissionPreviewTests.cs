using FluentValidation;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Review.WorkflowScene;

namespace PerfTargets.Core.Tests.Review;

public class SubmissionPreviewTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly ValidationProblem Warning = new("R13", Severity.Warning, "kind", "未注明项目属性。");

    [Fact]
    public void It_says_what_is_frozen_who_reviews_next_and_lists_the_warnings()
    {
        var declaration = Draft();
        (declaration.MoneyUnit, declaration.AnnualFunding.Total) = (MoneyUnit.TenThousandYuan, 450_000m);

        var preview = SubmissionPreview.Of(Submission(declaration), [Warning], Today);

        preview.Refusal.ShouldBeNull();
        preview.AnnualTotal.ShouldBe("45 万元");
        preview.VersionNumber.ShouldBe(1);
        preview.NextStep.ShouldBe("提交后由业务股室审核。");
        (preview.FilledOn, preview.FilledOnAtSubmission).ShouldBe((Today, true));
        preview.Warnings.ShouldBe([Warning]);
    }

    [Fact]
    public void A_resubmission_names_the_section_it_returns_to_and_the_next_version()
    {
        var declaration = Draft();
        (declaration.Review.ReturnedBySectionId, declaration.Review.VersionCount, declaration.FilledOn) = (Performance, 2, new DateOnly(2026, 1, 5));

        var preview = SubmissionPreview.Of(Submission(declaration), [], Today);

        preview.NextStep.ShouldBe("提交后直接回到退回它的绩效管理股审核。");
        preview.VersionNumber.ShouldBe(3);
        (preview.FilledOn, preview.FilledOnAtSubmission).ShouldBe((new DateOnly(2026, 1, 5), false));
        preview.AnnualTotal.ShouldBe("未填");
    }

    [Fact]
    public void It_refuses_as_the_submission_would_errors_and_a_closed_round()
    {
        var closed = new SubmissionDeadline("2026年项目支出绩效目标申报", Today.AddDays(-1), false, Today);

        SubmissionPreview.Of(Submission(Draft(), errors: 2), [], Today).Refusal.ShouldBe("还有 2 处错误，请改正后再提交。");
        var late = SubmissionPreview.Of(Submission(Draft(), deadline: closed), [], Today);
        late.Refusal.ShouldBe(closed.Refusal());
        late.Deadline.ShouldBe(closed);
    }
}
