using PerfTargets.Core.Review;

namespace PerfTargets.Core.Rounds;

/// <summary>One declaration of a round's year as the desk counts it: its department, where it stands, its 年度资金 (元) and when it last changed.</summary>
public sealed record FiledDeclaration(int DepartmentId, FilingState State, decimal? AnnualTotal, DateTime UpdatedAt);
