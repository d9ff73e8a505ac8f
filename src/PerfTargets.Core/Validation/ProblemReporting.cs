using FluentValidation.Results;

namespace PerfTargets.Core.Validation;

/// <summary>Adds a problem found by a cross-field rule, with its rule code, severity and path.</summary>
internal static class ProblemReporting
{
    public static void Report<T>(this ValidationContext<T> context, string rule, string path, string message, Severity severity = Severity.Error) =>
        context.AddFailure(new ValidationFailure(path, message) { ErrorCode = rule, Severity = severity });
}
