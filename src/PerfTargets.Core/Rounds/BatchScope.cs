using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Rounds;

/// <summary>Which declarations of a round the finance office prints as one batch (批量打印).</summary>
public enum BatchScope
{
    /// <summary>已批复</summary>
    Approved,

    /// <summary>已提交: everything that left its filer, in review or approved.</summary>
    Submitted,
}

/// <summary>The words of <see cref="BatchScope"/>, the declarations it holds, and how many the desk counts for it.</summary>
public static class BatchScopes
{
    public static IReadOnlyList<BatchScope> All { get; } = [BatchScope.Approved, BatchScope.Submitted];

    /// <summary>The word an address uses: approved, submitted.</summary>
    public static string Word(this BatchScope scope) => scope switch
    {
        BatchScope.Approved => "approved",
        BatchScope.Submitted => "submitted",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public static string Label(this BatchScope scope) => scope switch
    {
        BatchScope.Approved => "已批复",
        BatchScope.Submitted => "已提交",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public static bool TryParse(string? word, out BatchScope scope) => AddressWords.TryParse(word, All, s => s.Word(), out scope);

    /// <summary>Only the declarations the batch prints.</summary>
    public static IQueryable<Declaration> WhereIn(this IQueryable<Declaration> declarations, BatchScope scope) => scope switch
    {
        BatchScope.Approved => declarations.Where(d => d.Status == DeclarationStatus.Approved),
        BatchScope.Submitted => declarations.Where(d => d.Status == DeclarationStatus.Submitted || d.Status == DeclarationStatus.Approved),
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>How many of a department's declarations the batch holds, as the desk counts them.</summary>
    public static int Count(this BatchScope scope, DepartmentProgress department)
    {
        ArgumentNullException.ThrowIfNull(department);
        return scope == BatchScope.Approved ? department.Count(FilingState.Approved) : department.Submitted;
    }
}
