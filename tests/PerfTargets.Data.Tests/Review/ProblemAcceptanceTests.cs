using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Data.Tests.Auditing;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Review;

/// <summary>
/// 例外说明: the reviewer whose turn it is accepts a finding (网络舆情综合管理 has one, R13 at
/// "kind": 项目属性 not stated) with a note, or withdraws it; each step commits with its audit row,
/// and anyone else is refused as the workflow refuses them.
/// </summary>
public class ProblemAcceptanceTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Rule = "R13";
    private const string Path = "kind";
    private const string Note = "项目属性以主管部门批复为准，纸质表未注明。";

    private static async Task<ReviewScene> SubmittedAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        (await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer))).Done.ShouldBeTrue();
        return scene;
    }

    private static Task<WorkflowOutcome> AcceptAsync(ReviewScene scene, AuditActor actor, string? note = Note, string rule = Rule) =>
        ActAsync(scene, (acceptances, stamp, version) => acceptances.AcceptAsync(scene.DeclarationId, version, stamp, rule, Path, note, actor));

    private static Task<WorkflowOutcome> WithdrawAsync(ReviewScene scene, AuditActor actor, int acceptanceId) =>
        ActAsync(scene, (acceptances, stamp, version) => acceptances.WithdrawAsync(scene.DeclarationId, version, stamp, acceptanceId, actor));

    /// <summary>Runs one step in its own unit of work with the stamp and version the reviewer would have seen.</summary>
    private static async Task<WorkflowOutcome> ActAsync(ReviewScene scene, Func<ProblemAcceptances, Guid, int, Task<WorkflowOutcome>> step)
    {
        var stamp = await scene.StampAsync();
        var version = await scene.CurrentVersionIdAsync();
        var (db, acceptances) = scene.OpenAcceptances();
        await using (db)
        {
            return await step(acceptances, stamp, version);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_acceptance_is_stored_with_the_message_as_it_read_and_its_audit_row(DatabaseProvider provider)
    {
        var scene = await SubmittedAsync(databases, provider);

        (await AcceptAsync(scene, scene.Business, $"  {Note}  ")).Done.ShouldBeTrue();

        await using var check = scene.Settings.CreateContext();
        var acceptance = await check.ProblemAcceptances.SingleAsync();
        acceptance.DeclarationId.ShouldBe(scene.DeclarationId);
        acceptance.VersionNumber.ShouldBe(1);
        (acceptance.Rule, acceptance.Path, acceptance.Note).ShouldBe((Rule, Path, Note));
        acceptance.Message.ShouldContain("项目属性");
        (acceptance.UserId, acceptance.UserName, acceptance.ActingFor).ShouldBe((20, "reviewer-business", "业务股室"));
        acceptance.At.ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        acceptance.Stands.ShouldBeTrue();
        var row = await check.AuditEntries.OrderBy(e => e.Sequence).LastAsync();
        row.Action.ShouldBe(AuditAction.ExceptionAccepted);
        (row.DeclarationId, row.UserName, row.Ip).ShouldBe((scene.DeclarationId, "reviewer-business", "10.0.0.1"));
        row.VersionHash.ShouldBe((await check.DeclarationVersions.SingleAsync()).ContentHash);
        row.Detail.ShouldBe($"网络舆情综合管理 第 1 版 业务股室接受 [R13] kind：{acceptance.Message} 例外说明：{Note}");
        (await new AuditTrail(check, TestKeys.AuditChain, TimeProvider.System).VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_acceptance_whose_audit_row_fails_is_not_stored(DatabaseProvider provider)
    {
        var scene = await SubmittedAsync(databases, provider);
        await using (var db = scene.Settings.CreateContext())
        {
            await db.RefuseAuditRowsAsync(provider);
        }

        await Should.ThrowAsync<DbUpdateException>(() => AcceptAsync(scene, scene.Business));

        await using var check = scene.Settings.CreateContext();
        (await check.ProblemAcceptances.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Whoever_is_not_at_the_turn_is_refused_and_recorded_and_an_empty_note_is_refused(DatabaseProvider provider)
    {
        var scene = await SubmittedAsync(databases, provider);

        var filer = await AcceptAsync(scene, scene.Filer);
        var otherSection = await AcceptAsync(scene, scene.Performance);
        var empty = await AcceptAsync(scene, scene.Business, "  \n ");
        var unknown = await AcceptAsync(scene, scene.Business, rule: "R01");

        filer.Reason.ShouldBe(WorkflowRefusal.NotYours);
        otherSection.Reason.ShouldBe(WorkflowRefusal.NotYours);
        otherSection.Refusal.ShouldBe("该申报表当前不在本科室的审核环节，本次审核未执行。");
        empty.Reason.ShouldBe(WorkflowRefusal.Incomplete);
        empty.Refusal.ShouldBe("请填写例外说明：写明为何接受这一项。");
        unknown.Reason.ShouldBe(WorkflowRefusal.WrongState);
        await using var check = scene.Settings.CreateContext();
        (await check.ProblemAcceptances.CountAsync()).ShouldBe(0);
        var rows = await check.AuditEntries.Where(e => e.Action != AuditAction.Submitted).OrderBy(e => e.Sequence).Select(e => new { e.Action, e.UserName, e.Detail }).ToListAsync();
        rows.Select(r => (r.Action, r.UserName)).ShouldBe([(AuditAction.Refused, "filer-shanhaiguan"), (AuditAction.Refused, "reviewer-performance")]);
        rows[1].Detail.ShouldStartWith("接受例外说明被拒");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_section_withdraws_its_acceptance_once_and_may_accept_again(DatabaseProvider provider)
    {
        var scene = await SubmittedAsync(databases, provider);
        (await AcceptAsync(scene, scene.Business)).Done.ShouldBeTrue();
        (await AcceptAsync(scene, scene.Business)).Reason.ShouldBe(WorkflowRefusal.StaleVersion, "accepted already: a double click is no intrusion");
        int id;
        await using (var db = scene.Settings.CreateContext())
        {
            id = (await db.ProblemAcceptances.SingleAsync()).Id;
        }

        (await WithdrawAsync(scene, scene.Business, id)).Done.ShouldBeTrue();
        (await WithdrawAsync(scene, scene.Business, id)).Reason.ShouldBe(WorkflowRefusal.StaleVersion);
        (await AcceptAsync(scene, scene.Business, "重新核实后接受。")).Done.ShouldBeTrue();

        await using var check = scene.Settings.CreateContext();
        var all = await check.ProblemAcceptances.OrderBy(a => a.Id).ToListAsync();
        all.Count.ShouldBe(2);
        all[0].Stands.ShouldBeFalse();
        (all[0].WithdrawnById, all[0].WithdrawnBy).ShouldBe((20, "reviewer-business"));
        all[1].Stands.ShouldBeTrue();
        var actions = await check.AuditEntries.Where(e => e.Action != AuditAction.Submitted).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        actions.ShouldBe([AuditAction.ExceptionAccepted, AuditAction.NotPerformed, AuditAction.ExceptionWithdrawn, AuditAction.NotPerformed, AuditAction.ExceptionAccepted]);
        var history = await DeclarationHistory.LoadAsync(check, scene.DeclarationId);
        history.Timeline.Select(e => (e.Event?.Kind, e.Acceptance?.Id, e.Withdrawal)).ShouldBe(
            [(DeclarationEventKind.Submitted, null, false), (null, all[0].Id, false), (null, all[0].Id, true), (null, all[1].Id, false)]);
        history.StandingAcceptances.ShouldHaveSingleItem().Id.ShouldBe(all[1].Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Another_section_neither_withdraws_an_acceptance_nor_loses_it(DatabaseProvider provider)
    {
        var scene = await SubmittedAsync(databases, provider);
        (await AcceptAsync(scene, scene.Business)).Done.ShouldBeTrue();
        (await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Business))).Done.ShouldBeTrue();
        int id;
        await using (var db = scene.Settings.CreateContext())
        {
            id = (await db.ProblemAcceptances.SingleAsync()).Id;
        }

        var refused = await WithdrawAsync(scene, scene.Performance, id);
        var late = await WithdrawAsync(scene, scene.Business, id);

        refused.Reason.ShouldBe(WorkflowRefusal.NotYours);
        refused.Refusal.ShouldBe("这条例外说明由业务股室接受，只有该科室能撤回。");
        late.Reason.ShouldBe(WorkflowRefusal.NotYours, "no longer 业务股室's turn");
        await using var check = scene.Settings.CreateContext();
        (await check.ProblemAcceptances.SingleAsync()).Stands.ShouldBeTrue();
    }
}
