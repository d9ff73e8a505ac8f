using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 审核规则: everything a finance office checks in a declaration, against the indicator framework
/// it is filed under. Each group of rules is its own validator; this one runs them all. Building
/// the rules costs more than running them, so one instance serves every check, and the framework
/// travels with each validation (<see cref="ForFramework"/>).
/// </summary>
public sealed class DeclarationValidator : AbstractValidator<Declaration>
{
    private const string FrameworkKey = nameof(IndicatorFramework);
    private const string SettingsKey = nameof(RuleSettings);

    private DeclarationValidator()
    {
        Include(new EssentialFieldRules());
        Include(new CompletenessRules());
        Include(new LimitRules());
        Include(new BudgetLineRules());
        Include(new StatedTotalRules());
        Include(new FundingRules());
        Include(new DisbursementPlanRules());
        Include(new IndicatorTreeRules());
        Include(new IndicatorTargetRules());
        Include(new CostIndicatorRules());
        Include(new WeightRules());
        Include(new UnitRules());
        Include(new TemplateLeftoverRules());
        Include(new GoalRules());
        Include(new NameTargetRules());
        Include(new SatisfactionRules());
        Include(new FrameworkLevelRules());
        Include(new IndicatorCountRules());
        Include(new VagueWordingRules());
        Include(new PeriodRules());
    }

    public static DeclarationValidator Instance { get; } = new();

    /// <summary>
    /// A validation of <paramref name="declaration"/> under <paramref name="framework"/>, with the
    /// installation's thresholds (<see cref="RuleSettings.Default"/> when none are given).
    /// </summary>
    public static ValidationContext<Declaration> ForFramework(Declaration declaration, IndicatorFramework framework, RuleSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var context = new ValidationContext<Declaration>(declaration);
        context.RootContextData[FrameworkKey] = framework;
        context.RootContextData[SettingsKey] = settings ?? RuleSettings.Default;
        return context;
    }

    /// <summary>The thresholds a review check applies.</summary>
    internal static RuleSettings SettingsOf<T>(ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(SettingsKey, out var settings) ? (RuleSettings)settings : RuleSettings.Default;

    /// <summary>The framework a rule checks the tree against.</summary>
    internal static IndicatorFramework FrameworkOf<T>(ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(FrameworkKey, out var framework)
            ? (IndicatorFramework)framework
            : throw new InvalidOperationException($"Validate a declaration through {nameof(DeclarationValidator)}.{nameof(ForFramework)}.");
}
