using PerfTargets.Core.Printing;
using PerfTargets.Core.Publishing;
using PerfTargets.Data.Publishing;
using PerfTargets.Web.Printing;

namespace PerfTargets.Web.Publishing;

/// <summary>
/// 公开的申报表: the print of a published declaration as the public reads it — its current approved
/// frozen version, read and checked as every print is (<see cref="DeclarationPrints"/>), with its seals, 审核意见
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

        // The current approved version, and only that one: during an adjustment the one approved
        // before, once the adjustment is approved the adjusted one (its print says 调整后).
        var print = await prints.LoadAsync(found.Declaration, baseUrl, PrintOptions.Default with { Version = found.Version.Number }, cancellationToken);

        print.Declaration.PutInFormOrder();
        return PublicRedaction.Apply(print, found.Publication.InternalFields);
    }
}
