using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Web.Accounts;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>打印: one declaration as PDF in the chosen layout (?layout=), inline, or to save with download=1.</summary>
public sealed class PdfModel(PerfTargetsDbContext db, DeclarationPrints prints, PrintLayouts layouts, DeclarationPdfs pdfs, AuditTrail audit) : PrintPageModel
{
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var declaration = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        if (!User.CanSee(declaration, await db.LoadChainAsync(cancellationToken)))
        {
            return await this.RefuseAsync(audit, id, "打印");
        }

        if (await layouts.ChooseAsync(Layout, cancellationToken) is not { } layout)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        declaration.PutInFormOrder();
        return PdfFile.Of(pdfs, layout, await prints.LoadAsync(declaration, Request.BaseUrl(), Options, cancellationToken), Download);
    }
}
