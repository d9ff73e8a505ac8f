using System.Text.RegularExpressions;
using FluentValidation.Results;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Validation;

/// <summary>Runs the rules on a declaration and lists its problems, errors first, in form order.</summary>
public static partial class DeclarationCheck
{
    public static IReadOnlyList<ValidationProblem> Problems(Declaration declaration, IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var result = DeclarationValidator.Instance.Validate(DeclarationValidator.ForFramework(declaration, framework));
        return result.Errors
            .Select(ToProblem)
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

    private static ValidationProblem ToProblem(ValidationFailure failure) => new(
        // The field rules use FluentValidation's own validators, whose codes name the validator;
        // they all belong to the rule of required fields and limits.
        failure.ErrorCode is { } code && RuleCode().IsMatch(code) ? code : DeclarationRule.RequiredFields,
        failure.Severity,
        CamelCasePath(failure.PropertyName),
        failure.ErrorMessage);

    /// <summary>"BudgetLines[0].Amount" → "budgetLines[0].amount", as the JSON documents name fields.</summary>
    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    [GeneratedRegex("^R[0-9]{2}$")]
    private static partial Regex RuleCode();
}
