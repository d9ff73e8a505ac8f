using PerfTargets.Core.Printing;
using PerfTargets.Core.Publishing;
using PerfTargets.Data.Publishing;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Publishing;

/// <summary>
/// 公开的申报表: the print of a published declaration as the public reads it — the published frozen
/// version, read and checked as every print is (<see cref="DeclarationPrints"/>), with its seals, 审核意见
/// and approval mark, and people's names and telephone numbers withheld (<see cref="PublicRedaction"/>).
/// </summary>
public sealed class PublicPrints(PublicListings listings, DeclarationPrints prints)
{
    /// <summary>Null unless the declaration is public under this year and department.</summary>
    public async Task<DeclarationPrint?> LoadAsync(int year, string departmentCode, int declarationId, Uri baseUrl, CancellationToken cancellationToken = default)
    {
        if (await listings.FindPublicAsync(year, departmentCode, declarationId, cancellationToken) is not { } found)
        {
            return null;
        }

        var print = await prints.LoadAsync(found.Declaration, baseUrl, cancellationToken);

        // The print is of the approved (latest) version; the publication names one, and only that one is shown.
        if (!string.Equals(print.VersionHash, found.VersionHash, StringComparison.Ordinal))
        {
            return null;
        }

        print.Declaration.PutInFormOrder();
        return PublicRedaction.Apply(print, found.Publication.InternalFields);
    }
}
