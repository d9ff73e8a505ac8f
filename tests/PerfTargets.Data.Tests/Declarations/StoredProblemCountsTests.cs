using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Setup;
using PerfTargets.Data.Tests.Review;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Declarations;

/// <summary>The 审核检查计数 stored with each declaration: exact after every save, judged again when stale.</summary>
public class StoredProblemCountsTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_saved_declaration_carries_the_counts_the_rules_find_now(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await using var db = scene.Settings.CreateContext();

        var stored = await StoredAsync(db);
        stored.Count.ShouldBe(11);
        stored.ShouldAllBe(s => s.JudgedWith == 0);
        foreach (var declaration in await db.Declarations.AsNoTracking().ToListAsync())
        {
            var row = stored.Single(s => s.Id == declaration.Id);
            new ProblemCount(row.Errors, row.Warnings).ShouldBe(ProblemCount.Of(await db.ProblemsAsync(declaration)), declaration.ProjectName);
            row.Indicators.ShouldBe(declaration.Indicators.Count);
            row.Quantitative.ShouldBe(declaration.Indicators.Count(i => i.Nature == IndicatorNature.Quantitative));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_edit_of_its_rows_alone_stores_its_new_counts_in_the_same_save(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        (int Id, int Errors, int Warnings, int Indicators, int Quantitative, int? JudgedWith) before;
        await using (var db = scene.Settings.CreateContext())
        {
            before = (await StoredAsync(db)).Single(s => s.Id == scene.DeclarationId);
            var declaration = await db.Declarations.SingleAsync(d => d.Id == scene.DeclarationId);
            // Only rows it owns change: an indicator goes, another's target loses its unit, a third turns 定性.
            declaration.Indicators.RemoveAt(0);
            declaration.Indicators.Find(i => i.Nature == IndicatorNature.Quantitative)!.Nature = IndicatorNature.Qualitative;
            declaration.Indicators[0].Annual.Unit = null;
            await db.SaveChangesAsync();
        }

        await using (var db = scene.Settings.CreateContext())
        {
            var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == scene.DeclarationId);
            var row = (await StoredAsync(db)).Single(s => s.Id == scene.DeclarationId);
            new ProblemCount(row.Errors, row.Warnings).ShouldBe(ProblemCount.Of(await db.ProblemsAsync(declaration)));
            row.Indicators.ShouldBe(declaration.Indicators.Count);
            row.Quantitative.ShouldBe(declaration.Indicators.Count(i => i.Nature == IndicatorNature.Quantitative));
            row.Quantitative.ShouldBeLessThan(before.Quantitative);
            (row.Errors, row.Warnings).ShouldNotBe((before.Errors, before.Warnings));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task New_rule_settings_make_drafts_stale_but_leave_a_submitted_verdict_alone(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        (await scene.ActAsync((r, stamp, _) => r.SubmitAsync(scene.DeclarationId, stamp, scene.Filer))).Done.ShouldBeTrue();
        await using var db = scene.Settings.CreateContext();
        var before = await db.CountProblemsAsync(await db.Declarations.Select(d => d.Id).ToListAsync());
        var draftWithWarnings = (await db.Declarations.AsNoTracking().Where(d => d.Status == DeclarationStatus.Draft).ToListAsync())
            .First(d => before[d.Id].Warnings > 0);
        var submittedBefore = before[scene.DeclarationId];

        // Every rule off: a draft has nothing left to find; the submitted one keeps its verdict.
        var everythingOff = new RuleSettings { Levels = RuleCodes().ToDictionary(code => code, _ => RuleLevel.Off) };
        db.RuleSettingsRevisions.Add(RuleSettingsRevision.Of(everythingOff, DateTime.UtcNow, null, "admin", null));
        await db.SaveChangesAsync();
        var revision = await db.CurrentRuleSettingsRevisionAsync();

        var after = await db.CountProblemsAsync([draftWithWarnings.Id, scene.DeclarationId]);
        after[draftWithWarnings.Id].ShouldBe(new ProblemCount(0, 0));
        after[scene.DeclarationId].ShouldBe(submittedBefore);
        var stored = await StoredAsync(db);
        stored.Single(s => s.Id == draftWithWarnings.Id).JudgedWith.ShouldBe(revision);
        stored.Single(s => s.Id == scene.DeclarationId).JudgedWith.ShouldBe(0);

        // The rest are settled by the recount, once; a second finds nothing stale.
        var drafts = await db.Declarations.CountAsync(d => d.Status == DeclarationStatus.Draft);
        (await db.RecountStaleProblemsAsync()).ShouldBe(drafts - 1);
        (await db.RecountStaleProblemsAsync()).ShouldBe(0);
        (await StoredAsync(db)).Where(s => s.Id != scene.DeclarationId).ShouldAllBe(s => s.Errors == 0 && s.Warnings == 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Forgotten_counts_are_judged_again_by_the_recount(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await using var db = scene.Settings.CreateContext();
        var judged = await StoredAsync(db);

        (await db.ForgetProblemCountsAsync()).ShouldBe(11);
        (await StoredAsync(db)).ShouldAllBe(s => s.JudgedWith == null);
        (await db.RecountStaleProblemsAsync(batchSize: 4)).ShouldBe(11);

        (await StoredAsync(db)).ShouldBe(judged);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Pages_read_from_either_end_make_up_the_whole_list_in_order(DatabaseProvider provider)
    {
        var scene = await ReviewScene.CreateAsync(databases, provider);
        await using var db = scene.Settings.CreateContext();
        var all = await db.Declarations.OrderByDescending(d => d.BudgetYear).ThenBy(d => d.DepartmentId).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync();

        var paged = new List<int>();
        for (var page = 1; page <= 4; page++)
        {
            paged.AddRange((await db.ListPageAsync(db.Declarations, page, 3, all.Count)).Select(e => e.Id));
        }

        paged.ShouldBe(all);
        (await db.ListPageAsync(db.Declarations, 5, 3, all.Count)).ShouldBeEmpty();
        var last = (await db.ListPageAsync(db.Declarations, 4, 3, all.Count))[^1];
        last.Id.ShouldBe(all[^1]);
        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == last.Id);
        last.ShouldSatisfyAllConditions(
            () => last.ProjectName.ShouldBe(declaration.ProjectName),
            () => last.IndicatorCount.ShouldBe(declaration.Indicators.Count),
            () => last.AnnualTotal.ShouldBe(declaration.AnnualFunding.Total),
            () => last.Problems.ShouldBe(ProblemCount.Of(DeclarationCheck.Problems(declaration, db.IndicatorFrameworks.Single(f => f.Id == declaration.FrameworkId)))));
    }

    private static IEnumerable<string> RuleCodes() => Core.Validation.Catalogue.RuleCatalogue.All.Select(r => r.Code);

    private static async Task<List<(int Id, int Errors, int Warnings, int Indicators, int Quantitative, int? JudgedWith)>> StoredAsync(PerfTargetsDbContext db) =>
        (await db.Declarations.AsNoTracking().OrderBy(d => d.Id).Select(d => new
        {
            d.Id,
            Errors = EF.Property<int>(d, "ProblemErrors"),
            Warnings = EF.Property<int>(d, "ProblemWarnings"),
            Indicators = EF.Property<int>(d, "IndicatorCount"),
            Quantitative = EF.Property<int>(d, "QuantitativeIndicatorCount"),
            JudgedWith = EF.Property<int?>(d, "ProblemsJudgedWith"),
        }).ToListAsync()).Select(s => (s.Id, s.Errors, s.Warnings, s.Indicators, s.Quantitative, s.JudgedWith)).ToList();
}
