namespace PerfTargets.Core.Review;

/// <summary>
/// 申报版本: the exact declaration as it was submitted (<see cref="FrozenVersion"/>). Reviewers read
/// and approve a version, never the live draft.
/// </summary>
public sealed class DeclarationVersion : FrozenVersion
{
    public int DeclarationId { get; set; }

    /// <summary>Freezes the declaration's content as version <paramref name="number"/>.</summary>
    public static DeclarationVersion Freeze(Declaration declaration, int number, DateTime submittedAt, int? userId, string userName)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        declaration.PutInFormOrder();
        var version = new DeclarationVersion { DeclarationId = declaration.Id };
        version.Capture(declaration, number, submittedAt, userId, userName);
        return version;
    }

    /// <summary>
    /// The frozen declaration, to read; its id is the live declaration's, its status 已提交. An
    /// altered content throws <see cref="AlteredVersionException"/>.
    /// </summary>
    public Declaration Read()
    {
        var declaration = Thaw<Declaration>(() => new AlteredVersionException(this));
        declaration.Id = DeclarationId;
        declaration.Status = DeclarationStatus.Submitted;
        declaration.PutInFormOrder();
        return declaration;
    }
}
