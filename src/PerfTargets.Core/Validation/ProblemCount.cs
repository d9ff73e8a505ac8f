namespace PerfTargets.Core.Validation;

/// <summary>How many errors and warnings a declaration has, as the list shows them.</summary>
public readonly record struct ProblemCount(int Errors, int Warnings)
{
    public static ProblemCount Of(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToList();
        var errors = list.Count(p => p.IsError);
        return new ProblemCount(errors, list.Count - errors);
    }
}
