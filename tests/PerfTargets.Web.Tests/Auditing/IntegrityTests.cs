using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Review;
using PerfTargets.Data;
using PerfTargets.Data.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Data.Verification;
using PerfTargets.Testing;
using PerfTargets.Web.Auditing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Auditing;

/// <summary>
/// What the paper and the verify page promise holds against someone with database access: a frozen
/// version changed behind the application is refused wherever it is read and reported by the
/// checks; an approval standing from an earlier version says so alike on paper and on /verify; a
/// section added after approval changes nothing already approved.
/// </summary>
public class IntegrityTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";
    private const string Altered = "版本内容与其哈希不符";

    private async Task<PerfTargetsApp> DemoAppAsync(DatabaseProvider provider) =>
        new(await databases.DemoAsync(provider)) { Settings = new Dictionary<string, string> { ["Verification:Key"] = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=" } };

    private static async Task ApproveThroughTheChainAsync(PerfTargetsApp app, int id)
    {
        await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync(Shanhaiguan), id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "业务股室：同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "绩效管理股：同意批复。");
    }

    /// <summary>Someone with the database password drops the guard and edits a version's stored JSON, keeping its hash.</summary>
    private static Task<int> AlterVersionAsync(PerfTargetsApp app, DatabaseProvider provider, int id, int number) => app.QueryAsync(async db =>
    {
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.PostgreSql
            ? """DROP TRIGGER IF EXISTS "DeclarationVersions_append_only" ON "DeclarationVersions" """
            : """DROP TRIGGER IF EXISTS "DeclarationVersions_no_update" """);
        var content = await db.DeclarationVersions.Where(v => v.DeclarationId == id && v.Number == number).Select(v => v.Content).SingleAsync();
        var document = JsonNode.Parse(content)!;
        document["projectName"] = (string)document["projectName"]! + "（已改）";
        document["annualFunding"]!["total"] = 9_999_999m;
        return await db.Database.ExecuteSqlRawAsync(
            """UPDATE "DeclarationVersions" SET "Content" = {0} WHERE "DeclarationId" = {1} AND "Number" = {2}""", document.ToJsonString(), id, number);
    });

    private static Task<string> HashAsync(PerfTargetsApp app, int id, int number) =>
        app.QueryAsync(db => db.DeclarationVersions.Where(v => v.DeclarationId == id && v.Number == number).Select(v => v.ContentHash).SingleAsync());

    private static async Task<IReadOnlyList<string>> VerifiedSectionsAsync(PerfTargetsApp app, string hash)
    {
        var page = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync($"/verify/{hash}"));
        return [.. page.QuerySelectorAll("#sections li").Select(li => li.TextContent.Trim())];
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_approved_version_altered_in_the_database_is_refused_wherever_it_is_read(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await ApproveThroughTheChainAsync(app, id);
        var hash = await HashAsync(app, id, 1);
        Uri verificationUrl;
        using (var lookupScope = app.Services.CreateScope())
        {
            verificationUrl = (await lookupScope.ServiceProvider.GetRequiredService<ApprovedVersionLookup>().MarkAsync(id, new Uri("https://localhost/")))!.VerificationUrl;
        }

        (await AlterVersionAsync(app, provider, id, 1)).ShouldBe(1);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var reviewer = await app.SignInAsync("reviewer-performance");

        var review = await reviewer.GetAsync($"/review/{id}");
        review.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var reviewHtml = await review.Content.ReadAsStringAsync();
        reviewHtml.ShouldContain(Altered);
        reviewHtml.ShouldContain("第 1 版");
        reviewHtml.ShouldNotContain("网络舆情综合管理（已改）");

        var pdf = await filer.GetAsync($"/declarations/{id}/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");

        var api = await filer.GetAsync($"/api/v1/declarations/{id}");
        api.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
        ((string)problem["type"]!).ShouldBe("urn:perftargets:problem:version-altered");
        ((string)problem["title"]!).ShouldBe(Altered);

        var verify = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync(verificationUrl.PathAndQuery));
        verify.QuerySelector("#verdict")!.TextContent.ShouldStartWith("核验结果：不一致。");
        verify.Body!.TextContent.ShouldNotContain("网络舆情综合管理");

        var alerts = await app.QueryAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.VersionAltered).OrderBy(e => e.Sequence).ToListAsync());
        alerts.Count.ShouldBe(4);
        alerts.ShouldAllBe(e => e.VersionHash == hash);
        alerts.Select(e => e.Detail[(e.Detail.IndexOf('（', StringComparison.Ordinal) + 1)..]).Take(3)
            .ShouldBe([$"GET /review/{id}）", $"GET /declarations/{id}/pdf）", $"GET /api/v1/declarations/{id}）"]);

        using var scope = app.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().RunAsync();
        report.Intact.ShouldBeFalse();
        report.Chain.Intact.ShouldBeTrue();
        report.Versions.Altered.ShouldBe([new AlteredVersion(id, 1, hash)]);
        report.Findings().ShouldContain($"申报版本被改动：申报表（编号 {id}）第 1 版（哈希 {hash}）的内容与其哈希不符。");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_returned_version_altered_in_the_database_is_refused_in_the_comparison(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        await ReviewSteps.SubmitAsync(filer, id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Return", "请补充项目编码。");
        await ChangeDraftAsync(app, id);
        await AlterVersionAsync(app, provider, id, 1);

        // The filer's page compares the draft with the returned version, to warn of a resubmission unchanged.
        var page = await filer.GetAsync($"/declarations/{id}");
        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await page.Content.ReadAsStringAsync()).ShouldContain(Altered);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.VersionAltered && e.DeclarationId == id))).ShouldBe(1);
    }

    private static Task<int> ChangeDraftAsync(PerfTargetsApp app, int id) => app.QueryAsync(async db =>
    {
        var declaration = await db.Declarations.SingleAsync(d => d.Id == id);
        declaration.ProjectCode = "224-0501-FIXED";
        return await db.SaveChangesAsync();
    });

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_approval_standing_from_an_earlier_version_says_which_on_paper_and_on_verify(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var performance = await app.SignInAsync("reviewer-performance");
        await ReviewSteps.SubmitAsync(filer, id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "业务股室：同意。");
        await ReviewSteps.DecideAsync(performance, id, "Return", "请补充项目编码。");
        await ChangeDraftAsync(app, id);
        await ReviewSteps.SubmitAsync(filer, id);
        await ReviewSteps.DecideAsync(performance, id, "Approve", "绩效管理股：同意批复。");

        var pdf = await filer.GetByteArrayAsync($"/declarations/{id}/pdf");
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, $"earlier-approval-{provider}.pdf"), pdf);
        var text = PdfText.Of(pdf).Replace(" ", string.Empty, StringComparison.Ordinal);
        text.ShouldContain("第2版");
        text.ShouldContain("业务股室：同意。（第1版）");
        text.ShouldContain("绩效管理股：同意批复。");
        text.ShouldNotContain("绩效管理股：同意批复。（第");
        (await VerifiedSectionsAsync(app, await HashAsync(app, id, 2))).ShouldBe(["业务股室（第1版）", "绩效管理股"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_resubmission_that_restarts_the_chain_is_approved_by_every_section_again(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        await app.QueryAsync(async db =>
        {
            (await db.ReviewSettings.SingleAsync()).ResubmitRule = ResubmitRule.RestartChain;
            return await db.SaveChangesAsync();
        });
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var business = await app.SignInAsync("reviewer-business");
        var performance = await app.SignInAsync("reviewer-performance");
        await ReviewSteps.SubmitAsync(filer, id);
        await ReviewSteps.DecideAsync(business, id, "Approve", "业务股室：同意第一稿。");
        await ReviewSteps.DecideAsync(performance, id, "Return", "请补充项目编码。");
        await ChangeDraftAsync(app, id);
        await ReviewSteps.SubmitAsync(filer, id);

        // Back at the first section: 业务股室's approval of 第1版 no longer stands.
        (await app.DeclarationAsync(id)).Review.AwaitingSectionId.ShouldBe(await app.QueryAsync(db => db.ReviewSections.Where(s => s.Name == "业务股室").Select(s => (int?)s.Id).SingleAsync()));
        PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf")).ShouldNotContain("同意第一稿");
        await ReviewSteps.DecideAsync(business, id, "Approve", "业务股室：同意第二稿。");
        await ReviewSteps.DecideAsync(performance, id, "Approve", "绩效管理股：同意批复。");

        var text = PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf")).Replace(" ", string.Empty, StringComparison.Ordinal);
        text.ShouldContain("业务股室：同意第二稿。");
        text.ShouldNotContain("同意第一稿");
        text.ShouldNotContain("（第1版）");
        (await VerifiedSectionsAsync(app, await HashAsync(app, id, 2))).ShouldBe(["业务股室", "绩效管理股"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_section_added_or_reordered_after_approval_changes_nothing_printed(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await ApproveThroughTheChainAsync(app, id);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var before = PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf"));

        await app.QueryAsync(async db =>
        {
            db.ReviewSections.Add(new ReviewSection { Name = "预算股", Organisation = "山海关区财政局", Sequence = 0, IsDisabled = true });
            foreach (var section in await db.ReviewSections.ToListAsync())
            {
                section.Sequence = -section.Sequence;
            }

            return await db.SaveChangesAsync();
        });
        var after = PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf"));

        after.ShouldNotContain("预算股");
        Occurrences(after, "审核意见").ShouldBe(2);
        after.IndexOf("业务股室审核意见", StringComparison.Ordinal).ShouldBeLessThan(after.IndexOf("绩效管理股审核意见", StringComparison.Ordinal));
        Occurrences(after, "审核意见").ShouldBe(Occurrences(before, "审核意见"));
        (await VerifiedSectionsAsync(app, await HashAsync(app, id, 1))).ShouldBe(["业务股室", "绩效管理股"]);
    }

    [Fact]
    public async Task Without_an_audit_key_outside_demo_mode_the_process_ends_with_one_line_saying_what_to_set()
    {
        var run = await ApplicationProcess.RunUntilExitAsync(new() { ["Audit__Key"] = "" });

        run.ExitCode.ShouldBe(1);
        run.Lines.ShouldHaveSingleItem().ShouldContain("启动失败：审计配置错误：未设置 Audit:Key。");

        var malformed = await ApplicationProcess.RunUntilExitAsync(new() { ["Audit__Key"] = "c2hvcnQga2V5" });
        malformed.ExitCode.ShouldBe(1);
        malformed.Lines.ShouldHaveSingleItem().ShouldContain("启动失败：审计配置错误：Audit:Key 只有 9 字节，至少需要 32 字节。");
    }

    [Fact]
    public async Task Verify_audit_names_an_altered_version_and_exits_non_zero()
    {
        var database = (await databases.DemoAsync(DatabaseProvider.Sqlite)).Settings;
        string checkpoints;
        int id;
        await using (var app = new PerfTargetsApp(database, demoMode: true))
        {
            id = await app.DeclarationIdAsync(Project);
            await ApproveThroughTheChainAsync(app, id);
            checkpoints = Path.ChangeExtension(app.CheckpointPath, ".kept.log");
            using (var scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().WriteCheckpointAsync();
            }

            File.Copy(app.CheckpointPath, checkpoints);
        }

        try
        {
            var environment = new Dictionary<string, string> { ["ConnectionStrings__PerfTargets"] = database.ConnectionString, ["Audit__CheckpointPath"] = checkpoints };
            var sound = await ApplicationProcess.RunUntilExitAsync(environment, "verify-audit");
            sound.ExitCode.ShouldBe(0, sound.Output);
            sound.Output.ShouldContain("个检查点一致");
            sound.Output.ShouldContain("申报版本完整：1 个版本的内容与其哈希一致。");

            await using (var app = new PerfTargetsApp(database, demoMode: true))
            {
                await AlterVersionAsync(app, DatabaseProvider.Sqlite, id, 1);
            }

            var broken = await ApplicationProcess.RunUntilExitAsync(environment, "verify-audit", "--checkpoint", checkpoints);
            broken.ExitCode.ShouldBe(3);
            broken.Output.ShouldContain($"申报版本被改动：申报表（编号 {id}）第 1 版");

            var missing = await ApplicationProcess.RunUntilExitAsync(environment, "verify-audit", "--checkpoint", checkpoints + ".missing");
            missing.ExitCode.ShouldBe(2);
        }
        finally
        {
            File.Delete(checkpoints);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_version_rewritten_with_a_hash_to_match_is_caught_by_the_keyed_record_of_its_submission(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await ApproveThroughTheChainAsync(app, id);
        var original = await HashAsync(app, id, 1);
        await AlterVersionAsync(app, provider, id, 1);
        var forged = await app.QueryAsync(async db =>
        {
            var content = await db.DeclarationVersions.Where(v => v.DeclarationId == id).Select(v => v.Content).SingleAsync();
            var hash = DeclarationVersion.HashOf(content);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "DeclarationVersions" SET "ContentHash" = {0} WHERE "DeclarationId" = {1}""", hash, id);
            return hash;
        });
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        (await filer.GetAsync($"/declarations/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await filer.GetAsync($"/api/v1/declarations/{id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await filer.GetAsync($"/declarations/{id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var verify = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync($"/verify/{forged}"));
        verify.QuerySelector("#verdict")!.TextContent.ShouldStartWith("核验结果：不一致。");
        verify.Body!.TextContent.ShouldNotContain("（已改）");
        (await app.CreateClient().GetAsync($"/verify/{original}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().RunAsync()).Versions.Altered.ShouldBe([new AlteredVersion(id, 1, forged)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_live_row_of_a_submitted_declaration_changed_in_the_database_is_neither_shown_nor_copied(DatabaseProvider provider)
    {
        await using var app = await DemoAppAsync(provider);
        var id = await app.DeclarationIdAsync(Project);
        await ApproveThroughTheChainAsync(app, id);
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "Declarations" SET "ProjectName" = 'LIVE-ALTERED-NAME' WHERE "Id" = {0}""", id));
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);

        var page = await filer.GetStringAsync($"/declarations/{id}");
        page.ShouldContain(Project);
        page.ShouldNotContain("LIVE-ALTERED-NAME");

        var copied = await (await PageForm.LoadAsync(filer, $"/declarations/{id}/copy")).Set("BudgetYear", "2031").PostAsync();
        copied.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.Declarations.Where(d => d.BudgetYear == 2031).Select(d => d.ProjectName).SingleAsync())).ShouldBe(Project);
    }

    [Fact]
    public async Task Demo_mode_keeps_the_checkpoints_of_a_chain_cut_short_and_moves_aside_those_of_a_database_made_again()
    {
        var database = await databases.CreateAsync(DatabaseProvider.Sqlite);
        var checkpoints = Path.Combine(Path.GetTempPath(), $"perftargets-demo-checkpoints-{Guid.NewGuid():N}.log");
        var settings = new Dictionary<string, string> { ["Audit:CheckpointPath"] = checkpoints };
        try
        {
            await using (var app = new PerfTargetsApp(database, demoMode: true) { Settings = settings })
            {
                await ApproveThroughTheChainAsync(app, await app.DeclarationIdAsync(Project));
                using var scope = app.Services.CreateScope();
                (await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().WriteCheckpointAsync()).ShouldNotBeNull();
                await app.QueryAsync(async db =>
                {
                    await db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "AuditEntries_no_delete" """);
                    var third = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 3);
                    await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" > 3""");
                    return await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditChainHead" SET "LastSequence" = 3, "LastHash" = {0}""", third.Hash);
                });
            }

            // Restarted on the database cut short: its checkpoints stay, and still say so.
            await using (var app = new PerfTargetsApp(database, demoMode: true) { Settings = settings })
            {
                using var scope = app.Services.CreateScope();
                var report = await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().RunAsync();
                report.Chain.Intact.ShouldBeFalse();
                report.Chain.Problem!.ShouldContain("检查点记到第");
            }

            // A demo database made again (empty at start) begins a new chain: the old checkpoints are moved aside.
            await using (var app = new PerfTargetsApp(await databases.CreateAsync(DatabaseProvider.Sqlite), demoMode: true) { Settings = settings })
            {
                await ApproveThroughTheChainAsync(app, await app.DeclarationIdAsync(Project));
                using var scope = app.Services.CreateScope();
                (await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().RunAsync()).Intact.ShouldBeTrue();
            }

            Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(checkpoints) + ".*.old").ShouldHaveSingleItem();
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(checkpoints) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
