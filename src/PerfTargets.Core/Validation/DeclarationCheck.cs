using System.Text.RegularExpressions;
using FluentValidation.Results;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Core.Validation;

/// <summary>Runs the rules on a declaration and lists its problems, errors first, in form order.</summary>
public static partial class DeclarationCheck
{
    /// <summary>
    /// The problems under <paramref name="framework"/>, with the installation's thresholds and its
    /// level for each rule (<paramref name="settings"/>; the rules as built when none are given).
    /// </summary>
    public static IReadOnlyList<ValidationProblem> Problems(Declaration declaration, IndicatorFramework framework, RuleSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        settings ??= RuleSettings.Default;
        var result = DeclarationValidator.Instance.Validate(DeclarationValidator.ForFramework(declaration, framework, settings));
        return result.Errors
            .Select(ToProblem)
            .Select(problem => AtLevel(problem, settings))
            .OfType<ValidationProblem>()
            .Select((problem, order) => (problem, order))
            .OrderBy(p => p.problem.IsError ? 0 : 1).ThenBy(p => p.order)
            .Select(p => p.problem)
            .ToList();
    }

    /// <summary>
    /// The problems that stop a draft from being saved at all (<see cref="StorageRules"/>); an
    /// empty list means it may be stored, whatever else is still wrong with it.
    /// </summary>
    public static IReadOnlyList<ValidationProblem> StorageProblems(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return StorageRules.Instance.Validate(declaration).Errors.Select(ToProblem).ToList();
    }

    /// <summary>The problem at the level the installation set for its rule; null when the rule is off.</summary>
    private static ValidationProblem? AtLevel(ValidationProblem problem, RuleSettings settings) =>
        settings.Levels.TryGetValue(problem.Rule, out var level)
            ? level switch
            {
                RuleLevel.Off => null,
                RuleLevel.Warning => problem with { Severity = FluentValidation.Severity.Warning },
                _ => problem with { Severity = FluentValidation.Severity.Error },
            }
            : problem;

    private static ValidationProblem ToProblem(ValidationFailure failure)
    {
        // The field rules use FluentValidation's own validators, whose codes name the validator;
        // they all belong to the rule of required fields and limits, and say which row they mean.
        var path = CamelCasePath(failure.PropertyName);
        return failure.ErrorCode is { } code && RuleCode().IsMatch(code)
            ? new ValidationProblem(code, failure.Severity, path, failure.ErrorMessage)
            : new ValidationProblem(DeclarationRule.RequiredFields, failure.Severity, path, RowOf(path) + failure.ErrorMessage);
    }

    /// <summary>"indicators[4].name" → "第 5 个三级指标：", so that a message names its row.</summary>
    private static string RowOf(string path)
    {
        var match = RowPath().Match(path);
        if (!match.Success)
        {
            return string.Empty;
        }

        var number = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return match.Groups[1].Value switch
        {
            "indicators" => $"第 {number} 个三级指标：",
            "budgetLines" => $"预算明细第 {number} 行：",
            "safeguards" => $"制度保障第 {number} 行：",
            "midTermGoals" => $"中期目标第 {number} 条：",
            "annualGoals" => $"年度目标第 {number} 条：",
            _ => string.Empty,
        };
    }

    /// <summary>"BudgetLines[0].Amount" → "budgetLines[0].amount", as the JSON documents (and the API's problem members) name fields.</summary>
    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    [GeneratedRegex("^R[0-9]{2}$")]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"^(\w+)\[(\d+)\]")]
    private static partial Regex RowPath();
}
