using System.Text;
using System.Text.Json;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Web.Api;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Pages.Declarations;

/// <summary>
/// 导出 JSON: the declaration as the API writes it (GET /api/v1/declarations/{id}), as a file to
/// import into another deployment (导入 JSON) or to keep. Whoever may see the declaration may export it.
/// </summary>
public sealed class ExportModel(PerfTargetsDbContext db, FrozenVersions frozen, AuditTrail audit) : PageModel
{

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (declaration, problem) = await ApiAccess.VisibleAsync(HttpContext, db, audit, id, "导出", cancellationToken);
        if (problem is not null)
        {
            return NotFound();
        }

        var document = await DeclarationResource.LoadAsync(db, frozen, declaration!, null, cancellationToken);
        var json = JsonSerializer.Serialize(document, ExchangeJson.File);
        var name = $"{declaration!.BudgetYear}年度-{declaration.ProjectName}.json";
        return File(Encoding.UTF8.GetBytes(json), "application/json", name);
    }
}
