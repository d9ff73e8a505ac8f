using PerfTargets.Core.Departments;
using PerfTargets.Core.Printing;

namespace PerfTargets.Core.Publishing;

/// <summary>
/// 公开脱敏: what a published form leaves out — the names and telephone numbers of people
/// (项目负责人, 联系人, 联系电话, 填报人; the unit's 联系电话 and 法人代表) and the reviewers' names in
/// the 审核意见 boxes, each shown as <see cref="Withheld"/>; and the 项目情况 fields the admin marked
/// internal, shown as <see cref="Internal"/>. Everything else prints as approved.
/// </summary>
public static class PublicRedaction
{
    /// <summary>What stands where a withheld field was.</summary>
    public const string Withheld = "—";

    /// <summary>What stands where a field marked internal was.</summary>
    public const string Internal = "（内部资料，不公开）";

    /// <summary>
    /// The print of a frozen version as the public reads it, with the 项目情况 fields named by
    /// <paramref name="internalFields"/> withheld too. The print's declaration is changed in place:
    /// pass one read for this answer only.
    /// </summary>
    public static DeclarationPrint Apply(DeclarationPrint print, IReadOnlyCollection<string> internalFields)
    {
        ArgumentNullException.ThrowIfNull(print);
        ArgumentNullException.ThrowIfNull(internalFields);
        var declaration = print.Declaration;
        var withheld = NarrativeFields.All.Where(f => internalFields.Contains(f.Name)).ToList();
        foreach (var field in withheld.Where(f => !string.IsNullOrWhiteSpace(f.Get(declaration.Narrative))))
        {
            field.Set(declaration.Narrative, Internal);
        }

        declaration.ProjectLeader = WithheldIfGiven(declaration.ProjectLeader);
        declaration.ContactPerson = WithheldIfGiven(declaration.ContactPerson);
        declaration.ContactPhone = WithheldIfGiven(declaration.ContactPhone);
        declaration.FilledBy = WithheldIfGiven(declaration.FilledBy);
        return print with
        {
            UnitProfile = print.UnitProfile is null ? null : Apply(print.UnitProfile),
            Reviews = [.. print.Reviews.Select(box => box with { Reviewer = box.Approved ? Withheld : null })],
            Redaction = [.. withheld.Select(f => f.Name)],
        };
    }

    /// <summary>A copy of the unit's profile without its telephone number and legal representative.</summary>
    public static UnitProfile Apply(UnitProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new UnitProfile
        {
            CreditCode = profile.CreditCode,
            Address = profile.Address,
            Phone = WithheldIfGiven(profile.Phone),
            LegalRepresentative = WithheldIfGiven(profile.LegalRepresentative),
            FundingSource = profile.FundingSource,
            Overview = profile.Overview,
            InternalStructure = profile.InternalStructure,
        };
    }

    private static string? WithheldIfGiven(string? value) => string.IsNullOrWhiteSpace(value) ? value : Withheld;
}
