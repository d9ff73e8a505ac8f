using FluentValidation;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 审核规则: everything a finance office checks in a declaration, against the indicator framework
/// it is filed under. Each group of rules is its own validator; this one runs them all.
/// </summary>
public sealed class DeclarationValidator : AbstractValidator<Declaration>
{
    public DeclarationValidator(IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        Include(new HeaderRules());
        Include(new BudgetLineRules());
        Include(new FundingRules());
        Include(new DisbursementPlanRules());
        Include(new IndicatorTreeRules(framework));
        Include(new IndicatorTargetRules());
        Include(new CostIndicatorRules());
    }
}
