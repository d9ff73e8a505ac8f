using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Review;

/// <summary>
/// A demo database with seals for both review sections, and the actors of the review chain:
/// the 山海关 filer (whose 2023 declarations have no errors), a filer of another department and
/// one reviewer of each section.
/// </summary>
internal sealed class ReviewScene
{
    public required DatabaseSettings Settings { get; init; }

    public required int DeclarationId { get; init; }

    public required AuditActor Filer { get; init; }

    public required AuditActor OtherFiler { get; init; }

    public required AuditActor Business { get; init; }

    public required AuditActor Performance { get; init; }

    public static async Task<ReviewScene> CreateAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var settings = await databases.CreateDemoWithSealsAsync(provider);
        await using var db = settings.CreateContext();
        var sections = await db.ReviewSections.OrderBy(s => s.Sequence).ToListAsync();
        var shanhaiguan = await db.Departments.SingleAsync(d => d.Code == "224002");
        var portal = await db.Departments.SingleAsync(d => d.Code == "310101901");
        var declaration = await db.Declarations.SingleAsync(d => d.ProjectName == "网络舆情综合管理");
        return new ReviewScene
        {
            Settings = settings,
            DeclarationId = declaration.Id,
            Filer = new AuditActor(10, "filer-shanhaiguan", shanhaiguan.Id, null, "127.0.0.1"),
            OtherFiler = new AuditActor(11, "filer-portal", portal.Id, null, "127.0.0.2"),
            Business = new AuditActor(20, "reviewer-business", null, sections[0].Id, "10.0.0.1"),
            Performance = new AuditActor(21, "reviewer-performance", null, sections[1].Id, "10.0.0.2"),
        };
    }

    /// <summary>A fresh unit of work, as each request has its own.</summary>
    public (PerfTargetsDbContext Db, DeclarationReviews Reviews) Open()
    {
        var db = Settings.CreateContext();
        return (db, new DeclarationReviews(db, Trail(db), new AuditedChanges(db, Trail(db)), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DeclarationReviews>.Instance));
    }

    /// <summary>A fresh unit of work for 例外说明.</summary>
    public (PerfTargetsDbContext Db, ProblemAcceptances Acceptances) OpenAcceptances()
    {
        var (db, reviews) = Open();
        return (db, new ProblemAcceptances(db, reviews, new FrozenVersions(db, TestKeys.AuditChain), new AuditedChanges(db, Trail(db)), TimeProvider.System));
    }

    private static AuditTrail Trail(PerfTargetsDbContext db) => new(db, TestKeys.AuditChain, TimeProvider.System);

    public async Task<Guid> StampAsync()
    {
        await using var db = Settings.CreateContext();
        return await db.Declarations.Where(d => d.Id == DeclarationId).Select(d => d.ConcurrencyStamp).SingleAsync();
    }

    public async Task<int> CurrentVersionIdAsync()
    {
        var (db, reviews) = Open();
        await using (db)
        {
            return (await reviews.CurrentVersionAsync(DeclarationId))!.Id;
        }
    }

    /// <summary>Runs one action in its own unit of work with the stamp and version the user would have seen.</summary>
    public async Task<Core.Review.WorkflowOutcome> ActAsync(Func<DeclarationReviews, Guid, int, Task<Core.Review.WorkflowOutcome>> action)
    {
        var stamp = await StampAsync();
        var version = await CurrentVersionOrZeroAsync();
        var (db, reviews) = Open();
        await using (db)
        {
            return await action(reviews, stamp, version);
        }
    }

    private async Task<int> CurrentVersionOrZeroAsync()
    {
        await using var db = Settings.CreateContext();
        return await db.DeclarationVersions.Where(v => v.DeclarationId == DeclarationId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstOrDefaultAsync();
    }
}
