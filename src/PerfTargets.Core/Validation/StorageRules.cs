namespace PerfTargets.Core.Validation;

/// <summary>
/// What a draft must satisfy to be saved at all: its essential fields and every limit. All other
/// rules report problems on a saved draft and block only its submission.
/// </summary>
public sealed class StorageRules : AbstractValidator<Declaration>
{
    private StorageRules()
    {
        Include(new EssentialFieldRules());
        Include(new LimitRules());
    }

    public static StorageRules Instance { get; } = new();
}
