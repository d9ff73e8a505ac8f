using PerfTargets.Data.Publishing;

namespace PerfTargets.Web.Pages.Published;

/// <summary>公开 (no sign-in): the years and departments that have published 项目支出绩效目标.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicListings listings) : PageModel
{
    public IReadOnlyList<PublicDepartmentYear> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await listings.IndexAsync(cancellationToken);
}
