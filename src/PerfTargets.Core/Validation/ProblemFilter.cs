namespace PerfTargets.Core.Validation;

/// <summary>Which declarations a list keeps by what the rules find: those with at least one 错误, or one 提示.</summary>
public enum ProblemFilter
{
    /// <summary>有错误</summary>
    Errors,

    /// <summary>有提示</summary>
    Warnings,
}

/// <summary>The words of <see cref="ProblemFilter"/> in an address: errors, warnings.</summary>
public static class ProblemFilters
{
    public static string Word(this ProblemFilter filter) => filter switch
    {
        ProblemFilter.Errors => "errors",
        ProblemFilter.Warnings => "warnings",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };

    /// <summary>The label the list's filter shows: 有错误, 有提示.</summary>
    public static string Label(this ProblemFilter filter) => filter switch
    {
        ProblemFilter.Errors => "有错误",
        ProblemFilter.Warnings => "有提示",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };

    /// <summary>Reads one of the words, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? word, out ProblemFilter filter) =>
        AddressWords.TryParse(word, Enum.GetValues<ProblemFilter>(), f => f.Word(), out filter);
}
