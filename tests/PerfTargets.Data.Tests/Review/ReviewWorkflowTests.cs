using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Review;

public class ReviewWorkflowTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_declaration_passes_both_sections_is_returned_once_and_is_approved_after_the_fix(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);

        (await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer))).Done.ShouldBeTrue();
        (await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, "同意。", scene.Business))).Done.ShouldBeTrue();
        (await scene.ActAsync((r, stamp, v) => r.ReturnAsync(scene.DeclarationId, v, stamp, "年度指标值偏低，请调整。", scene.Performance))).Done.ShouldBeTrue();

        await using (var db = scene.Settings.CreateContext())
        {
            var returned = await db.Declarations.SingleAsync(d => d.Id == scene.DeclarationId);
            returned.Status.ShouldBe(DeclarationStatus.Draft);
            returned.Review.ReturnedBySectionId.ShouldBe(scene.Performance.SectionId);
            returned.ProjectCode = "224-0501-FIXED";
            await db.SaveChangesAsync();
        }

        (await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer))).Done.ShouldBeTrue();
        await using (var db = scene.Settings.CreateContext())
        {
            // Straight back to the section that returned it; 业务股室's approval stands.
            (await db.Declarations.SingleAsync(d => d.Id == scene.DeclarationId)).Review.AwaitingSectionId.ShouldBe(scene.Performance.SectionId);
        }

        (await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Performance))).Done.ShouldBeTrue();

        await using var check = scene.Settings.CreateContext();
        var approved = await check.Declarations.SingleAsync(d => d.Id == scene.DeclarationId);
        approved.Status.ShouldBe(DeclarationStatus.Approved);
        approved.Review.AwaitingSectionId.ShouldBeNull();
        var events = await check.DeclarationEvents.Where(e => e.DeclarationId == scene.DeclarationId).OrderBy(e => e.Id).ToListAsync();
        events.Select(e => (e.Kind, e.VersionNumber, e.ActingFor)).ShouldBe(
        [
            (DeclarationEventKind.Submitted, 1, "中共山海关区委网络安全和信息化委员会办公室"),
            (DeclarationEventKind.Approved, 1, "业务股室"),
            (DeclarationEventKind.Returned, 1, "绩效管理股"),
            (DeclarationEventKind.Submitted, 2, "中共山海关区委网络安全和信息化委员会办公室"),
            (DeclarationEventKind.Approved, 2, "绩效管理股"),
        ]);
        events[2].Opinion.ShouldBe("年度指标值偏低，请调整。");
        events.Where(e => e.Kind == DeclarationEventKind.Approved).ShouldAllBe(e => e.SealId != null);

        var versions = await check.DeclarationVersions.Where(v => v.DeclarationId == scene.DeclarationId).OrderBy(v => v.Number).ToListAsync();
        versions.Count.ShouldBe(2);
        versions.ShouldAllBe(v => v.Verifies());
        versions[0].Read().ProjectCode.ShouldBe("224-0501-JBN-BOVO");
        versions[1].Read().ProjectCode.ShouldBe("224-0501-FIXED");
        DeclarationChanges.Between(DeclarationFacts.Of(versions[0].Read()), DeclarationFacts.Of(versions[1].Read()))
            .ShouldHaveSingleItem().ShouldBe(new DeclarationChange("基本信息", null, "项目编码", ChangeKind.Changed, "224-0501-JBN-BOVO", "224-0501-FIXED"));

        var audit = await check.AuditEntries.Where(e => e.DeclarationId == scene.DeclarationId).OrderBy(e => e.Sequence).ToListAsync();
        audit.Select(e => e.Action).ShouldBe([AuditAction.Submitted, AuditAction.Approved, AuditAction.Returned, AuditAction.Submitted, AuditAction.Approved]);
        audit[1].VersionHash.ShouldBe(versions[0].ContentHash);
        audit[4].VersionHash.ShouldBe(versions[1].ContentHash);
        audit[2].Ip.ShouldBe("10.0.0.2");
        (await new AuditTrail(check, TestKeys.AuditChain, TimeProvider.System).VerifyAsync()).ShouldBe(new AuditVerification(true, 5, null));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task When_the_admin_chooses_so_a_resubmission_restarts_the_chain(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await using (var db = scene.Settings.CreateContext())
        {
            (await db.ReviewSettings.SingleAsync()).ResubmitRule = ResubmitRule.RestartChain;
            await db.SaveChangesAsync();
        }

        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Business));
        await scene.ActAsync((r, stamp, v) => r.ReturnAsync(scene.DeclarationId, v, stamp, "请补充依据。", scene.Performance));
        (await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer))).Done.ShouldBeTrue();

        await using var check = scene.Settings.CreateContext();
        (await check.Declarations.SingleAsync(d => d.Id == scene.DeclarationId)).Review.AwaitingSectionId.ShouldBe(scene.Business.SectionId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_declaration_with_errors_is_not_submitted_and_nothing_is_written(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await using (var db = scene.Settings.CreateContext())
        {
            (await db.Declarations.SingleAsync(d => d.Id == scene.DeclarationId)).AnnualGoals = [];
            await db.SaveChangesAsync();
        }

        var outcome = await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));

        outcome.Done.ShouldBeFalse();
        outcome.Reason.ShouldBe(WorkflowRefusal.Invalid);
        outcome.Refusal!.ShouldStartWith("还有 1 处错误");
        await using var check = scene.Settings.CreateContext();
        (await check.DeclarationVersions.CountAsync()).ShouldBe(0);
        (await check.Declarations.SingleAsync(d => d.Id == scene.DeclarationId)).Status.ShouldBe(DeclarationStatus.Draft);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_submission_is_withdrawn_only_while_no_reviewer_has_acted(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        (await scene.ActAsync((r, stamp, _) => r.WithdrawAsync(scene.DeclarationId, stamp, scene.Filer))).Done.ShouldBeTrue();

        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Business));
        var late = await scene.ActAsync((r, stamp, _) => r.WithdrawAsync(scene.DeclarationId, stamp, scene.Filer));

        late.Done.ShouldBeFalse();
        late.Refusal.ShouldBe("审核人已处理本次提交，不能撤回。如需修改，请联系审核人退回。");
        await using var check = scene.Settings.CreateContext();
        var events = await check.DeclarationEvents.Where(e => e.DeclarationId == scene.DeclarationId).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
        events.ShouldBe([DeclarationEventKind.Submitted, DeclarationEventKind.Withdrawn, DeclarationEventKind.Submitted, DeclarationEventKind.Approved]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Acting_on_what_is_not_yours_is_refused_and_audited(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);

        var otherDepartment = await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.OtherFiler));
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        var notYourStep = await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Performance));
        var filerApproves = await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Filer));

        otherDepartment.Reason.ShouldBe(WorkflowRefusal.NotYours);
        notYourStep.Reason.ShouldBe(WorkflowRefusal.NotYours);
        notYourStep.Refusal.ShouldBe("该申报表当前不在本科室的审核环节，本次审核未执行。");
        filerApproves.Reason.ShouldBe(WorkflowRefusal.NotYours);
        await using var check = scene.Settings.CreateContext();
        var refusals = await check.AuditEntries.Where(e => e.Action == AuditAction.Refused).OrderBy(e => e.Sequence).ToListAsync();
        refusals.Select(e => e.UserName).ShouldBe(["filer-portal", "reviewer-performance", "filer-shanhaiguan"]);
        refusals[1].Detail.ShouldBe("审核通过被拒：该申报表当前不在本科室的审核环节，本次审核未执行。");
        (await check.DeclarationEvents.CountAsync(e => e.Kind == DeclarationEventKind.Approved)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_action_on_a_state_that_has_moved_on_is_recorded_as_not_performed_not_as_an_intrusion(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        var seen = await scene.StampAsync();
        var version = await scene.CurrentVersionIdAsync();
        await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Business));

        var (db, reviews) = scene.Open();
        await using (db)
        {
            (await reviews.WithdrawAsync(scene.DeclarationId, seen, scene.Filer)).Reason.ShouldBe(WorkflowRefusal.StaleVersion); // a late 撤回
            (await reviews.ApproveAsync(scene.DeclarationId, version, seen, null, scene.Business)).Reason.ShouldBe(WorkflowRefusal.StaleVersion); // a second tab
        }

        await using var check = scene.Settings.CreateContext();
        var rows = await check.AuditEntries.Where(e => e.DeclarationId == scene.DeclarationId).OrderBy(e => e.Sequence).ToListAsync();
        rows.Select(e => e.Action).ShouldBe([AuditAction.Submitted, AuditAction.Approved, AuditAction.NotPerformed, AuditAction.NotPerformed]);
        rows[2].Detail.ShouldBe("撤回未执行：该申报表在您打开后已被处理或修改，本次操作未执行。请查看它的最新状态。");
        rows[3].UserName.ShouldBe("reviewer-business");
        AuditAction.NotPerformed.Label().ShouldBe("操作未执行（状态已变）");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_old_version_is_not_approved(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        var first = await scene.CurrentVersionIdAsync();
        await scene.ActAsync((r, stamp, _) => r.WithdrawAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));

        var outcome = await scene.ActAsync((r, stamp, _) => r.ApproveAsync(scene.DeclarationId, first, stamp, null, scene.Business));

        outcome.Reason.ShouldBe(WorkflowRefusal.StaleVersion);
        outcome.Refusal!.ShouldStartWith("您审核的不是该申报表的最新提交版本");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_reviewers_approving_at_once_approve_once(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        var stamp = await scene.StampAsync();
        var version = await scene.CurrentVersionIdAsync();
        var colleague = scene.Business with { UserId = 22, UserName = "reviewer-business-2" };

        // Both loaded the same page; both press 通过 at the same moment, each in its own request.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            var (db, reviews) = scene.Open();
            await using (db)
            {
                return await reviews.ApproveAsync(scene.DeclarationId, version, stamp, null, i % 2 == 0 ? scene.Business : colleague);
            }
        })));

        outcomes.Count(o => o.Done).ShouldBe(1);
        outcomes.Where(o => !o.Done).ShouldAllBe(o => o.Reason == WorkflowRefusal.StaleVersion);
        await using var check = scene.Settings.CreateContext();
        (await check.DeclarationEvents.CountAsync(e => e.Kind == DeclarationEventKind.Approved)).ShouldBe(1);
        (await check.Declarations.SingleAsync(d => d.Id == scene.DeclarationId)).Review.AwaitingSectionId.ShouldBe(scene.Performance.SectionId);
        (await new AuditTrail(check, TestKeys.AuditChain, TimeProvider.System).VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_submitted_version_cannot_be_changed_by_the_application_or_behind_it(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        await using var db = scene.Settings.CreateContext();

        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "DeclarationVersions" SET "Content" = '{}'"""));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "DeclarationEvents" """));
        var version = await db.DeclarationVersions.SingleAsync();
        version.Content += " ";
        Should.Throw<InvalidOperationException>(() => db.SaveChanges());
        await using var check = scene.Settings.CreateContext();
        (await check.DeclarationVersions.SingleAsync()).Verifies().ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_return_without_reasons_is_refused(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));

        var outcome = await scene.ActAsync((r, stamp, v) => r.ReturnAsync(scene.DeclarationId, v, stamp, "  ", scene.Business));

        outcome.Refusal.ShouldBe("退回时须填写审核意见，说明需要修改的内容。");
        await using var check = scene.Settings.CreateContext();
        (await check.Declarations.SingleAsync(d => d.Id == scene.DeclarationId)).Status.ShouldBe(DeclarationStatus.Submitted);
    }
}
