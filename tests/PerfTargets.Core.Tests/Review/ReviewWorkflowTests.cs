using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using static PerfTargets.Core.Tests.Review.WorkflowScene;

namespace PerfTargets.Core.Tests.Review;

/// <summary>Each action decided once from its facts: every refusal, in the order the user meets it, and every outcome.</summary>
public class ReviewWorkflowTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    private static void ShouldRefuse(ReviewDecision decision, WorkflowRefusal reason, string message)
    {
        decision.Refused.ShouldBeTrue();
        decision.Outcome.Reason.ShouldBe(reason);
        decision.Outcome.Refusal.ShouldBe(message);
    }

    [Fact]
    public void A_submission_goes_to_the_first_section_as_version_one_with_the_department_seal()
    {
        var declaration = Draft();

        var decision = ReviewWorkflow.Submit(Submission(declaration));
        decision.ApplyTo(declaration, Now);

        decision.Outcome.Done.ShouldBeTrue();
        (decision.Event, decision.AuditAction, decision.NewVersionNumber, decision.SealId, decision.ActingFor)
            .ShouldBe((DeclarationEventKind.Submitted, AuditAction.Submitted, 1, DepartmentSeal, "山海关区委网信办"));
        declaration.Status.ShouldBe(DeclarationStatus.Submitted);
        (declaration.Review.AwaitingSectionId, declaration.Review.VersionCount, declaration.Review.SubmittedAt).ShouldBe((Business, 1, Now));
    }

    [Fact]
    public void A_resubmission_goes_back_to_the_returning_section_or_restarts_the_chain_as_the_admin_chose()
    {
        var declaration = Draft();
        declaration.Review.ReturnedBySectionId = Performance;

        ReviewWorkflow.Submit(Submission(declaration)).AwaitingSectionId.ShouldBe(Performance);
        ReviewWorkflow.Submit(Submission(declaration, rule: ResubmitRule.RestartChain)).AwaitingSectionId.ShouldBe(Business);
    }

    [Fact]
    public void A_submission_is_refused_for_each_missing_condition()
    {
        var other = Filer with { DepartmentId = 2 };
        ShouldRefuse(ReviewWorkflow.Submit(Submission(null)), WorkflowRefusal.NotYours, "没有找到该申报表，或它不属于您的单位。");
        ShouldRefuse(ReviewWorkflow.Submit(Submission(Draft(), other)), WorkflowRefusal.NotYours, "没有找到该申报表，或它不属于您的单位。");
        ShouldRefuse(ReviewWorkflow.Submit(Submission(Draft(), stamp: Guid.NewGuid())), WorkflowRefusal.StaleVersion, WorkflowOutcome.MovedOn.Refusal!);
        ShouldRefuse(ReviewWorkflow.Submit(Submission(AwaitingSection(Business))), WorkflowRefusal.WrongState, "该申报表当前为“已提交”，不能再次提交。");
        ShouldRefuse(ReviewWorkflow.Submit(Submission(Draft(), errors: 2)), WorkflowRefusal.Invalid, "还有 2 处错误，请改正后再提交。");
        ShouldRefuse(ReviewWorkflow.Submit(Submission(Draft(), chain: new ReviewChain([]))), WorkflowRefusal.Incomplete, "财政局尚未设置审核科室，暂不能提交。请联系系统管理员。");
        ShouldRefuse(ReviewWorkflow.Submit(Submission(Draft(), lacksReviewer: Business)), WorkflowRefusal.Incomplete, "审核科室“业务股室”尚未配置审核人，暂不能提交。请联系系统管理员。");
        var late = new SubmissionDeadline("2024年申报", new DateOnly(2024, 3, 31), Extended: false, Today: new DateOnly(2024, 4, 1));
        ShouldRefuse(ReviewWorkflow.Submit(Submission(Draft(), deadline: late)), WorkflowRefusal.PastDeadline,
            "申报批次“2024年申报”已于 2024-03-31 截止，逾期不能提交。如需提交，请联系财政局（系统管理员）为本单位延期。");
    }

    [Fact]
    public void A_submission_on_the_deadlines_last_day_or_under_an_extension_goes_through()
    {
        var lastDay = new SubmissionDeadline("2024年申报", new DateOnly(2024, 3, 31), Extended: false, Today: new DateOnly(2024, 3, 31));
        var extended = new SubmissionDeadline("2024年申报", new DateOnly(2024, 4, 10), Extended: true, Today: new DateOnly(2024, 4, 2));

        ReviewWorkflow.Submit(Submission(Draft(), deadline: lastDay)).Outcome.Done.ShouldBeTrue();
        ReviewWorkflow.Submit(Submission(Draft(), deadline: extended)).Outcome.Done.ShouldBeTrue();
    }

    [Fact]
    public void A_withdrawal_takes_the_declaration_back_to_draft()
    {
        var declaration = AwaitingSection(Business);

        var decision = ReviewWorkflow.Withdraw(Withdrawal(declaration));
        decision.ApplyTo(declaration, Now);

        (decision.Event, decision.AuditAction, decision.SealId).ShouldBe((DeclarationEventKind.Withdrawn, AuditAction.Withdrawn, null));
        declaration.Status.ShouldBe(DeclarationStatus.Draft);
        (declaration.Review.AwaitingSectionId, declaration.Review.SubmittedAt, declaration.Review.VersionCount).ShouldBe((null, null, 1));
    }

    [Fact]
    public void A_withdrawal_is_refused_for_each_missing_condition()
    {
        ShouldRefuse(ReviewWorkflow.Withdraw(Withdrawal(null)), WorkflowRefusal.NotYours, "没有找到该申报表，或它不属于您的单位。");
        ShouldRefuse(ReviewWorkflow.Withdraw(Withdrawal(AwaitingSection(Business), stamp: Guid.NewGuid())), WorkflowRefusal.StaleVersion, WorkflowOutcome.MovedOn.Refusal!);
        ShouldRefuse(ReviewWorkflow.Withdraw(Withdrawal(Draft())), WorkflowRefusal.WrongState, "该申报表当前为“草稿”，没有可撤回的提交。");
        ShouldRefuse(ReviewWorkflow.Withdraw(Withdrawal(AwaitingSection(Performance), reviewed: true)), WorkflowRefusal.WrongState, "审核人已处理本次提交，不能撤回。如需修改，请联系审核人退回。");
        ShouldRefuse(ReviewWorkflow.Withdraw(Withdrawal(AwaitingSection(Business), hasVersion: false)), WorkflowRefusal.WrongState, "没有可撤回的提交。");
    }

    [Fact]
    public void An_approval_passes_the_declaration_to_the_next_section_with_the_section_seal()
    {
        var declaration = AwaitingSection(Business);
        declaration.Review.ReturnedBySectionId = Business;

        var decision = ReviewWorkflow.Approve(Reviewing(declaration, Reviewer(Business), opinion: "  同意。 "));
        decision.ApplyTo(declaration, Now);

        (decision.Event, decision.AuditAction, decision.IsFinalApproval, decision.SealId, decision.SectionId, decision.Opinion)
            .ShouldBe((DeclarationEventKind.Approved, AuditAction.Approved, false, SectionSeal, Business, "同意。"));
        decision.AuditDetail("网络舆情综合管理 第 1 版").ShouldBe("网络舆情综合管理 第 1 版 业务股室审核通过");
        declaration.Status.ShouldBe(DeclarationStatus.Submitted);
        (declaration.Review.AwaitingSectionId, declaration.Review.ReturnedBySectionId).ShouldBe((Performance, null));
        declaration.Review.SubmittedAt.ShouldNotBeNull();
    }

    [Fact]
    public void The_last_section_approval_is_final()
    {
        var declaration = AwaitingSection(Performance);

        var decision = ReviewWorkflow.Approve(Reviewing(declaration, Reviewer(Performance)));
        decision.ApplyTo(declaration, Now);

        decision.IsFinalApproval.ShouldBeTrue();
        decision.AuditDetail("网络舆情综合管理 第 1 版").ShouldBe("网络舆情综合管理 第 1 版 绩效管理股审核通过，已批复");
        declaration.Status.ShouldBe(DeclarationStatus.Approved);
        declaration.Review.AwaitingSectionId.ShouldBeNull();
    }

    [Fact]
    public void An_approval_skips_a_disabled_next_section_and_is_then_final()
    {
        var decision = ReviewWorkflow.Approve(Reviewing(AwaitingSection(Business), Reviewer(Business), chain: Chain(performanceDisabled: true)));

        (decision.IsFinalApproval, decision.Status).ShouldBe((true, DeclarationStatus.Approved));
    }

    [Fact]
    public void An_approval_is_refused_for_each_missing_condition()
    {
        var waiting = AwaitingSection(Business);
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(null, Reviewer(Business))), WorkflowRefusal.NotYours, "没有找到该申报表，或您不是审核人。");
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(waiting, Filer)), WorkflowRefusal.NotYours, "没有找到该申报表，或您不是审核人。");
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(waiting, Reviewer(Business), versionActedOn: 4)), WorkflowRefusal.StaleVersion, "您审核的不是该申报表的最新提交版本，本次操作未执行。请打开最新版本审核。");
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(waiting, Reviewer(Business), stamp: Guid.NewGuid())), WorkflowRefusal.StaleVersion, WorkflowOutcome.MovedOn.Refusal!);
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(Draft(), Reviewer(Business))), WorkflowRefusal.StaleVersion, "该申报表当前为“草稿”，本次审核未执行。");
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(waiting, Reviewer(Performance))), WorkflowRefusal.NotYours, "该申报表当前不在本科室的审核环节，本次审核未执行。");
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(waiting, Reviewer(Business), opinion: new string('好', ReviewWorkflow.OpinionMaxLength + 1))), WorkflowRefusal.Incomplete, $"审核意见不能超过 {ReviewWorkflow.OpinionMaxLength} 个字。");
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(waiting, Reviewer(Business), sealId: null)), WorkflowRefusal.Incomplete, "业务股室尚未设置印章，不能盖章通过。请系统管理员在“印章”页上传或生成本科室印章。");
        ShouldRefuse(ReviewWorkflow.Approve(Reviewing(waiting, Reviewer(Business), lacksReviewer: Performance)), WorkflowRefusal.Incomplete, "下一审核科室“绩效管理股”尚未配置审核人，本次审核未执行。请联系系统管理员。");
    }

    [Fact]
    public void A_return_sends_the_declaration_back_to_draft_marked_with_the_returning_section()
    {
        var declaration = AwaitingSection(Performance);

        var decision = ReviewWorkflow.Return(Reviewing(declaration, Reviewer(Performance), opinion: "指标不够具体。"));
        decision.ApplyTo(declaration, Now);

        (decision.Event, decision.AuditAction, decision.SealId, decision.Opinion).ShouldBe((DeclarationEventKind.Returned, AuditAction.Returned, null, "指标不够具体。"));
        decision.AuditDetail("网络舆情综合管理 第 1 版").ShouldBe("网络舆情综合管理 第 1 版 绩效管理股退回修改");
        declaration.Status.ShouldBe(DeclarationStatus.Draft);
        (declaration.Review.AwaitingSectionId, declaration.Review.ReturnedBySectionId, declaration.Review.SubmittedAt).ShouldBe((null, Performance, null));
    }

    [Fact]
    public void A_return_needs_its_reasons_but_no_seal()
    {
        var waiting = AwaitingSection(Business);

        ShouldRefuse(ReviewWorkflow.Return(Reviewing(waiting, Reviewer(Business), opinion: "  ")), WorkflowRefusal.Incomplete, "退回时须填写审核意见，说明需要修改的内容。");
        ReviewWorkflow.Return(Reviewing(waiting, Reviewer(Business), opinion: "请补充。", sealId: null)).Outcome.Done.ShouldBeTrue();
    }

    [Fact]
    public void The_step_is_recorded_on_the_version_acted_on()
    {
        var decision = ReviewWorkflow.Approve(Reviewing(AwaitingSection(Business), Reviewer(Business)));

        var record = DeclarationEvent.Of(decision, Version(), Reviewer(Business), Now);

        (record.DeclarationId, record.VersionId, record.VersionNumber, record.Kind, record.SectionId, record.ActingFor, record.SealId, record.At)
            .ShouldBe((3, VersionId, 1, DeclarationEventKind.Approved, Business, "业务股室", SectionSeal, Now));
    }

    [Fact]
    public void A_refused_decision_changes_nothing()
    {
        var declaration = Draft();
        var decision = ReviewWorkflow.Submit(Submission(declaration, errors: 1));

        Should.Throw<InvalidOperationException>(() => decision.ApplyTo(declaration, Now));
        declaration.Status.ShouldBe(DeclarationStatus.Draft);
    }

    [Fact]
    public void An_adjustment_takes_an_approved_declaration_back_to_draft_with_its_reason()
    {
        var declaration = Approved();

        var decision = ReviewWorkflow.OpenAdjustment(Adjusting(declaration, reason: "  年中追加预算，调整产出指标。 "));
        decision.ApplyTo(declaration, Now);

        (decision.Event, decision.AuditAction, decision.Opinion, decision.ActingFor, decision.SectionId, decision.NewVersionNumber)
            .ShouldBe((DeclarationEventKind.AdjustmentOpened, AuditAction.AdjustmentOpened, "年中追加预算，调整产出指标。", "山海关区委网信办", null, null));
        decision.AuditDetail("网络舆情综合管理 第 1 版").ShouldBe("网络舆情综合管理 第 1 版 开启调整，原因：年中追加预算，调整产出指标。");
        declaration.Status.ShouldBe(DeclarationStatus.Draft);
        (declaration.Review.AwaitingSectionId, declaration.Review.ReturnedBySectionId, declaration.Review.SubmittedAt, declaration.Review.VersionCount).ShouldBe((null, null, null, 1));
        ReviewWorkflow.TargetOf(declaration, Chain(), ResubmitRule.ResumeAtReturningSection).Section!.Id.ShouldBe(Business);
    }

    [Fact]
    public void An_adjustment_is_refused_for_each_missing_condition()
    {
        var otherDepartment = new AuditActor(11, "filer-lusong", 2, null, null);
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(null)), WorkflowRefusal.NotYours, "没有找到该申报表，或它不属于您的单位。");
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(Approved(), actor: otherDepartment)), WorkflowRefusal.NotYours, "没有找到该申报表，或它不属于您的单位。");
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(Approved(), actor: Reviewer(Business))), WorkflowRefusal.NotYours, "没有找到该申报表，或它不属于您的单位。");
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(Approved(), stamp: Guid.NewGuid())), WorkflowRefusal.StaleVersion, WorkflowOutcome.MovedOn.Refusal!);
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(Draft())), WorkflowRefusal.WrongState, "该申报表当前为“草稿”，只有已批复的申报表可以调整。");
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(AwaitingSection(Business))), WorkflowRefusal.WrongState, "该申报表当前为“已提交”，只有已批复的申报表可以调整。");
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(Approved(), reason: " \n ")), WorkflowRefusal.Incomplete, "开启调整须填写调整原因。");
        ShouldRefuse(ReviewWorkflow.OpenAdjustment(Adjusting(Approved(), reason: new string('调', ReviewLimits.AdjustmentReason + 1))), WorkflowRefusal.Incomplete, "调整原因不能超过 500 个字。");
        ReviewWorkflow.OpenAdjustment(Adjusting(Approved(), reason: new string('调', ReviewLimits.AdjustmentReason))).Refused.ShouldBeFalse();
        ReviewWorkflow.OpenAdjustment(Adjusting(Approved(), reason: "原因\u0007")).Outcome.Reason.ShouldBe(WorkflowRefusal.Incomplete);
    }
}
