using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Summaries;

/// <summary>
/// One declaration as the 汇总表 counts it: where it stands, its 年度资金 by source, its 中期资金总额,
/// its 三级 indicators (of them 定量) and the problems the rules find in it. Amounts in 元.
/// </summary>
public sealed record CountedDeclaration(
    int BudgetYear,
    int DepartmentId,
    FilingState State,
    int? AwaitingSectionId,
    FundingSplit Annual,
    decimal? MidTermTotal,
    int Indicators,
    int QuantitativeIndicators,
    ProblemCount Problems);
