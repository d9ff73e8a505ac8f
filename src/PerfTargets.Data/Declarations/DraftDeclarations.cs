using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Declarations;

/// <summary>
/// Writing drafts: create, save with optimistic concurrency, copy, delete. Only a 草稿 can be
/// changed or deleted; what has been submitted stays as it was.
/// </summary>
public sealed class DraftDeclarations(PerfTargetsDbContext db, AuditedChanges audited, TimeProvider clock)
{
    /// <summary>A declaration, tracked for editing, in form order; null if there is none with this id.</summary>
    public async Task<Declaration?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var declaration = await db.FindDeclarationToChangeAsync(id, cancellationToken);
        declaration?.PutInFormOrder();
        return declaration;
    }

    public async Task<Declaration> CreateAsync(Declaration declaration, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        Begin(declaration);
        await audited.CommitAsync(
            async token =>
            {
                db.Declarations.Add(declaration);
                await db.SaveChangesAsync(token); // the new id, which the audit row names
                return [CreatedNote(declaration, actor)];
            },
            cancellationToken);
        return declaration;
    }

    /// <summary>A new declaration as a draft never submitted, created now.</summary>
    internal void Begin(Declaration declaration)
    {
        declaration.Status = DeclarationStatus.Draft;
        declaration.Review = new ReviewPosition();
        declaration.CreatedAt = declaration.UpdatedAt = clock.GetUtcNow();
        declaration.ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// Saves changes made to a declaration from <see cref="FindAsync"/>, provided nobody saved it
    /// since the editor loaded the version stamped <paramref name="loadedStamp"/>.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(Declaration declaration, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Status != DeclarationStatus.Draft)
        {
            return SaveOutcome.NotDraft;
        }

        db.Entry(declaration).Property(d => d.ConcurrencyStamp).OriginalValue = loadedStamp;
        declaration.ConcurrencyStamp = Guid.NewGuid();
        declaration.UpdatedAt = clock.GetUtcNow();
        return await CommitAsync(SavedNote(declaration, actor), cancellationToken);
    }

    /// <summary>The audit row of a new draft (新建), once it has its id.</summary>
    internal static AuditNote CreatedNote(Declaration declaration, AuditActor actor) =>
        new(AuditAction.Created, actor, declaration.Id, Detail: $"{declaration.BudgetYear}年度 {declaration.ProjectName}");

    /// <summary>The audit row of a draft saved (保存).</summary>
    internal static AuditNote SavedNote(Declaration declaration, AuditActor actor) =>
        new(AuditAction.Saved, actor, declaration.Id, Detail: declaration.ProjectName);

    /// <summary>A copy of a declaration as a new draft for another budget year.</summary>
    public async Task<Declaration> CopyAsync(Declaration source, int budgetYear, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return await CreateAsync(source.CopyForYear(budgetYear), actor, cancellationToken);
    }

    /// <summary>The department's declaration of the same project name in <paramref name="budgetYear"/>, if it has one.</summary>
    public Task<Declaration?> FindSameProjectAsync(Declaration source, int budgetYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return db.Declarations.AsNoTracking()
            .FirstOrDefaultAsync(d => d.DepartmentId == source.DepartmentId && d.BudgetYear == budgetYear && d.ProjectName == source.ProjectName, cancellationToken);
    }

    /// <summary>Deletes a draft; a declaration past 草稿 is not deleted.</summary>
    public async Task<SaveOutcome> DeleteAsync(int id, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var declaration = await db.FindDeclarationToChangeAsync(id, cancellationToken);
        if (declaration is null)
        {
            return SaveOutcome.Saved; // already gone: what the user wanted
        }

        if (declaration.Status != DeclarationStatus.Draft)
        {
            return SaveOutcome.NotDraft;
        }

        // A draft that was once submitted keeps its versions and history: those are records.
        if (declaration.Review.VersionCount > 0)
        {
            return SaveOutcome.HasHistory;
        }

        db.Entry(declaration).Property(d => d.ConcurrencyStamp).OriginalValue = loadedStamp;
        db.Declarations.Remove(declaration);
        return await CommitAsync(new AuditNote(AuditAction.Deleted, actor, id, Detail: $"{declaration.BudgetYear}年度 {declaration.ProjectName}"), cancellationToken);
    }

    private async Task<SaveOutcome> CommitAsync(AuditNote note, CancellationToken cancellationToken) =>
        await audited.TryCommitAsync(note, cancellationToken) ? SaveOutcome.Saved : SaveOutcome.ChangedByOthers;
}

/// <summary>How a write of a draft ended.</summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>Someone saved the declaration after this editor loaded it; nothing was written.</summary>
    ChangedByOthers,

    /// <summary>The declaration is no longer a draft; nothing was written.</summary>
    NotDraft,

    /// <summary>The draft was submitted before and has a review history, which is kept; nothing was deleted.</summary>
    HasHistory,
}
