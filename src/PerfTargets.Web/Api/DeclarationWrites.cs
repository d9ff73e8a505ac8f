using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Review;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Api;

/// <summary>The API's writes of drafts: create, replace (under the concurrency stamp) and delete, through the same <see cref="DraftDeclarations"/> as the editor.</summary>
internal static class DeclarationWrites
{
    public static async Task<IResult> CreateAsync(HttpContext context, PerfTargetsDbContext db, FrozenVersions frozen, DeclarationIntake intake, DraftDeclarations drafts, CancellationToken cancellationToken)
    {
        if (ApiAccess.FilersOnly(context, "新建") is { } forbidden)
        {
            return forbidden;
        }

        var (document, problem) = await DeclarationBody.ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var read = await intake.ReadAsync(document!, context.User, replacing: null, cancellationToken);
        if (Refusal(read) is { } refused)
        {
            return refused;
        }

        var created = await drafts.CreateAsync(read.Declaration!, context.Actor(), cancellationToken);
        return Results.Created($"{ApiV1.Prefix}/declarations/{created.Id}", await DeclarationResource.LoadAsync(db, frozen, created, null, cancellationToken));
    }

    public static async Task<IResult> ReplaceAsync(HttpContext context, PerfTargetsDbContext db, FrozenVersions frozen, DeclarationIntake intake, DraftDeclarations drafts, AuditTrail audit, int id, CancellationToken cancellationToken)
    {
        var (declaration, access) = await ApiAccess.OwnAsync(context, drafts, audit, id, "修改", cancellationToken);
        if (access is not null)
        {
            return access;
        }

        var (document, problem) = await DeclarationBody.ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (WorkflowRequest.StampOf(context.Request, document!.Names("concurrencyStamp") ? document.Declaration.ConcurrencyStamp : null) is not { } stamp)
        {
            return ApiProblems.StampRequired();
        }

        if (WorkflowStatus.WhyNotEditable(declaration!.Status) is { } locked)
        {
            return ApiProblems.Conflict("not-draft", locked);
        }

        // Said before the document is judged: a stale document's row ids no longer name rows either.
        if (stamp != declaration.ConcurrencyStamp)
        {
            return Stale();
        }

        var read = await intake.ReadAsync(document, context.User, declaration, cancellationToken);
        if (Refusal(read) is { } refused)
        {
            return refused;
        }

        declaration.ReplaceContentWith(read.Declaration!);
        return await drafts.SaveAsync(declaration, stamp, context.Actor(), cancellationToken) switch
        {
            SaveOutcome.Saved => Results.Ok(await DeclarationResource.LoadAsync(db, frozen, declaration, null, cancellationToken)),
            SaveOutcome.ChangedByOthers => Stale(),
            _ => ApiProblems.Conflict("not-draft", WorkflowStatus.WhyNotEditable(DeclarationStatus.Submitted)!),
        };
    }

    public static async Task<IResult> DeleteAsync(HttpContext context, DraftDeclarations drafts, AuditTrail audit, int id, CancellationToken cancellationToken)
    {
        var (declaration, access) = await ApiAccess.OwnAsync(context, drafts, audit, id, "删除", cancellationToken);
        if (access is not null)
        {
            return access;
        }

        var (_, stamp, problem) = await WorkflowRequest.ReadStampedAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (WorkflowStatus.WhyNotDeletable(declaration!.Status, declaration.Review) is { } kept)
        {
            return ApiProblems.Conflict("not-deletable", kept);
        }

        return await drafts.DeleteAsync(id, stamp, context.Actor(), cancellationToken) switch
        {
            SaveOutcome.Saved => Results.NoContent(),
            SaveOutcome.ChangedByOthers => ApiProblems.Conflict("stale", "该申报表在您读取后已被修改（concurrencyStamp 已过期），没有删除。请重新读取后再决定。"),
            _ => ApiProblems.Conflict("not-deletable", WorkflowStatus.WhyNotDeletable(declaration.Status, declaration.Review) ?? "该申报表不能删除。"),
        };
    }

    private static IResult Stale() =>
        ApiProblems.Conflict("stale", "该申报表在您读取后已被修改（concurrencyStamp 已过期），本次修改没有保存。请重新读取后再修改。");

    private static IResult? Refusal(Intake read) =>
        read.Forbidden is { } forbidden ? ApiProblems.Forbidden(forbidden, "$.departmentCode")
        : read.Errors.Count > 0 ? ApiProblems.Invalid("申报表文档有误，没有保存", read.Errors)
        : null;
}
