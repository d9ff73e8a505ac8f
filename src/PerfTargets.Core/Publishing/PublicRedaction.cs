using PerfTargets.Core.Departments;
using PerfTargets.Core.Printing;

namespace PerfTargets.Core.Publishing;

/// <summary>
/// 公开脱敏: what a published form leaves out — the names and telephone numbers of people
/// (项目负责人, 联系人, 联系电话, 填报人; the unit's 联系电话 and 法人代表) and the reviewers' names in
/// the 审核意见 boxes. Each shows as <see cref="Withheld"/>; everything else prints as approved.
/// </summary>
public static class PublicRedaction
{
    /// <summary>What stands where a withheld field was.</summary>
    public const string Withheld = "—";

    /// <summary>The print of a frozen version as the public reads it. The print's declaration is changed in place: pass one read for this answer only.</summary>
    public static DeclarationPrint Apply(DeclarationPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var declaration = print.Declaration;
        declaration.ProjectLeader = WithheldIfGiven(declaration.ProjectLeader);
        declaration.ContactPerson = WithheldIfGiven(declaration.ContactPerson);
        declaration.ContactPhone = WithheldIfGiven(declaration.ContactPhone);
        declaration.FilledBy = WithheldIfGiven(declaration.FilledBy);
        return print with
        {
            UnitProfile = print.UnitProfile is null ? null : Apply(print.UnitProfile),
            Reviews = [.. print.Reviews.Select(box => box with { Reviewer = box.Approved ? Withheld : null })],
            Redacted = true,
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
