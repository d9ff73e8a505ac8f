using System.Text.Json;
using System.Text.Json.Nodes;
using PerfTargets.Core.Review;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;

namespace PerfTargets.Web.Api;

/// <summary>
/// A declaration as the API and the export write it: the declaration as the domain holds it
/// (<see cref="DeclarationJson"/>), plus <c>departmentCode</c>/<c>departmentName</c> and
/// <c>frameworkCode</c> so that another deployment can resolve them, <c>workflow</c> (where it
/// stands) and, once submitted, <c>version</c> (the frozen version the content is).
/// </summary>
internal static class DeclarationResource
{
    /// <summary>
    /// A draft as it stands; a declaration past 草稿 as its latest frozen version (or the version
    /// numbered <paramref name="versionNumber"/>), which is what reviewers read and approve.
    /// Null when there is no such version.
    /// </summary>
    public static async Task<JsonObject?> LoadAsync(PerfTargetsDbContext db, FrozenVersions frozen, Declaration live, int? versionNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(frozen);
        ArgumentNullException.ThrowIfNull(live);
        var versions = db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == live.Id);
        var version = versionNumber is { } number
            ? await versions.SingleOrDefaultAsync(v => v.Number == number, cancellationToken)
            : live.Status == DeclarationStatus.Draft ? null : await versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (versionNumber is not null && version is null)
        {
            return null;
        }

        var content = version is null ? live : await frozen.ReadAsync(version, cancellationToken);
        content.TakeStateOf(live);
        content.PutInFormOrder();

        var department = await db.Departments.AsNoTracking().Where(d => d.Id == content.DepartmentId).Select(d => new { d.Code, d.Name }).SingleOrDefaultAsync(cancellationToken);
        var framework = (await db.FindFrameworkAsync(content.FrameworkId, cancellationToken))?.Code;
        var chain = await db.LoadChainAsync(cancellationToken);

        var document = JsonSerializer.SerializeToNode(content, DeclarationJson.Options)!.AsObject();
        document["departmentCode"] = department?.Code;
        document["departmentName"] = department?.Name;
        document["frameworkCode"] = framework;
        document["workflow"] = new JsonObject
        {
            ["state"] = State(live.Status, live.Review),
            ["stateText"] = WorkflowStatus.Describe(live.Status, live.Review, chain),
            ["awaitingSection"] = chain.Find(live.Review.AwaitingSectionId)?.Name,
            ["returnedBySection"] = ReturnedDrafts.IsReturned(live.Status, live.Review) ? chain.Find(live.Review.ReturnedBySectionId)?.Name : null,
            ["versionCount"] = live.Review.VersionCount,
        };
        document["version"] = version is null ? null : new JsonObject
        {
            ["number"] = version.Number,
            ["contentHash"] = version.ContentHash,
            ["submittedAt"] = new DateTimeOffset(DateTime.SpecifyKind(version.SubmittedAt, DateTimeKind.Utc)),
            ["submittedBy"] = version.SubmittedBy,
        };
        return document;
    }

    /// <summary>draft, returned (a draft back from a reviewer), submitted or approved: the list's <c>status</c> filter takes the same words.</summary>
    public static string State(DeclarationStatus status, ReviewPosition review) => FilingStates.Of(status, review).Word();
}
