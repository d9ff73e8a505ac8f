using PerfTargets.Core.Rounds;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Web.Printing;
using PerfTargets.Web.Verification;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>
/// 批量打印: a round's 已批复 (state=approved, the default) or 已提交 (state=submitted: in review or approved)
/// declarations, of every department or of those chosen (departments=id, repeated), as one PDF with
/// contents — for the finance office: the admin, and a reviewer with what has reached their section.
/// What cannot be printed is answered in words: an unknown scope or layout, or nothing to print.
/// </summary>
[Authorize(Roles = AccountRoles.Admin + "," + AccountRoles.Reviewer)]
public sealed class PdfModel(RoundPrints prints, PrintLayouts layouts, PdfRenderer renderer) : PrintPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<int> Departments { get; set; } = [];

    /// <summary>Why nothing is printed, when the address asks for what cannot be printed; null for an unknown layout.</summary>
    public (string Heading, string Detail)? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!BatchScopes.TryParse(State ?? BatchScope.Approved.Word(), out var scope))
        {
            return Refuse(StatusCodes.Status400BadRequest, "打印范围不存在",
                $"没有名为“{State}”的打印范围。可选：{string.Join("、", BatchScopes.All.Select(s => $"{s.Word()}（{s.Label()}）"))}。");
        }

        if (!ModelState.IsValid)
        {
            return Refuse(StatusCodes.Status400BadRequest, "所选单位有误", "单位应以其编号选择（departments=数字）。请回到申报进度重新勾选。");
        }

        if (await layouts.ChooseAsync(Layout, cancellationToken) is not { } layout)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (await prints.ContentsAsync(id, scope, Departments, User, cancellationToken) is not { } contents)
        {
            return NotFound();
        }

        if (contents.FormCount == 0)
        {
            return Refuse(StatusCodes.Status404NotFound, "没有可打印的申报表",
                $"申报批次“{contents.RoundName}”中，{(Departments.Count == 0 ? "应报单位" : "所选单位")}没有{(User.IsAdmin() ? string.Empty : "您可查看的")}{scope.Label()}申报表。");
        }

        var (baseUrl, options) = (Request.BaseUrl(), Options);
        var document = new RoundLayout(contents, declaration => prints.Load(declaration, baseUrl, options, cancellationToken), layout.Create);
        return PdfFile.Large(renderer, document, $"{contents.RoundName}-{scope.Label()}申报表.pdf", PdfFile.IsDownload(Download));
    }

    private PageResult Refuse(int status, string heading, string detail)
    {
        Refusal = (heading, detail);
        Response.StatusCode = status;
        return Page();
    }
}
