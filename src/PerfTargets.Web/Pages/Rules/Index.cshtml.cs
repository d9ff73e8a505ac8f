using PerfTargets.Core.Validation.Catalogue;

namespace PerfTargets.Web.Pages.Rules;

/// <summary>规则说明: every review rule with what it checks, why, an example that fails and one that passes.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<RuleDescription> Rules => RuleCatalogue.All;

    public void OnGet()
    {
    }
}
