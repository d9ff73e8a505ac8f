using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Verification;
using PerfTargets.Data.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Data.Tests.Review;
using PerfTargets.Data.Verification;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Verification;

public class ApprovedVersionLookupTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly ApprovalMarkSigner Signer = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private static readonly Uri RequestBase = new("https://localhost/");

    private static async Task<T> LookUpAsync<T>(ReviewScene scene, Func<ApprovedVersionLookup, Task<T>> query, Uri? publicBaseUrl = null)
    {
        await using var db = scene.Settings.CreateContext();
        return await query(new ApprovedVersionLookup(db, new FrozenVersions(db, TestKeys.AuditChain), Signer, new VerificationSettings(publicBaseUrl, 60)));
    }

    private static async Task<IReadOnlyList<string>> HashesAsync(ReviewScene scene)
    {
        await using var db = scene.Settings.CreateContext();
        return await db.DeclarationVersions.Where(v => v.DeclarationId == scene.DeclarationId).OrderBy(v => v.Number).Select(v => v.ContentHash).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Only_the_version_the_declaration_was_approved_with_verifies(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, _) => r.WithdrawAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, "同意。", scene.Business));
        var hash = (await HashesAsync(scene))[^1];

        (await LookUpAsync(scene, l => l.FindAsync(hash))).ShouldBeNull("业务股室 has approved, 绩效管理股 not yet");
        (await LookUpAsync(scene, l => l.MarkAsync(scene.DeclarationId, RequestBase))).ShouldBeNull();

        await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Performance));

        // Resubmitted unchanged after the withdrawal: both versions have the same content and hash,
        // and the hash verifies as the version that was approved.
        (await HashesAsync(scene)).ShouldBe([hash, hash]);
        var approved = (await LookUpAsync(scene, l => l.FindAsync(hash.ToUpperInvariant())))!;
        approved.ProjectName.ShouldBe("网络舆情综合管理");
        approved.DepartmentName.ShouldBe("中共山海关区委网络安全和信息化委员会办公室");
        approved.VersionNumber.ShouldBe(2);
        approved.Sections.ShouldBe(["业务股室", "绩效管理股"]);
        await using (var db = scene.Settings.CreateContext())
        {
            approved.ApprovedAt.ShouldBe(await db.DeclarationEvents.Where(e => e.DeclarationId == scene.DeclarationId).MaxAsync(e => e.At));
        }

        var mark = (await LookUpAsync(scene, l => l.MarkAsync(scene.DeclarationId, RequestBase)))!;
        mark.ShouldBe(ApprovalMark.Issue(Signer, RequestBase, scene.DeclarationId, 2, hash));
        (await LookUpAsync(scene, l => l.VerifyAsync(hash, mark.Signature)))!.Signature.ShouldBe(SignatureCheck.Matches);
        (await LookUpAsync(scene, l => l.VerifyAsync(hash, Signer.Sign(hash, 1, scene.DeclarationId))))!.Signature.ShouldBe(SignatureCheck.DoesNotMatch);
        (await LookUpAsync(scene, l => l.MarkAsync(scene.DeclarationId, RequestBase), new Uri("https://jxmb.example.gov.cn")))!
            .VerificationUrl.AbsoluteUri.ShouldStartWith("https://jxmb.example.gov.cn/verify/");
    }

    [Fact]
    public async Task A_returned_version_never_verifies_and_a_resumed_approval_names_the_earlier_version_a_standing_approval_was_given_to()
    {
        var scene = await ReviewScene.CreateAsync(databases, DatabaseProvider.Sqlite);
        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Business));
        await scene.ActAsync((r, stamp, v) => r.ReturnAsync(scene.DeclarationId, v, stamp, "请调整。", scene.Performance));
        await using (var db = scene.Settings.CreateContext())
        {
            (await db.Declarations.SingleAsync(d => d.Id == scene.DeclarationId)).ProjectCode = "224-0501-FIXED";
            await db.SaveChangesAsync();
        }

        await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer));
        await scene.ActAsync((r, stamp, v) => r.ApproveAsync(scene.DeclarationId, v, stamp, null, scene.Performance));

        var hashes = await HashesAsync(scene);
        (await LookUpAsync(scene, l => l.FindAsync(hashes[0]))).ShouldBeNull();
        // The resubmission went straight back to 绩效管理股; 业务股室's approval of version 1 stands, and says so, as the paper does.
        (await LookUpAsync(scene, l => l.FindAsync(hashes[1])))!.Sections.ShouldBe(["业务股室（第1版）", "绩效管理股"]);
        (await LookUpAsync(scene, l => l.FindAsync("not a hash"))).ShouldBeNull();
    }
}
