namespace PerfTargets.Core.Declarations;

/// <summary>One row of the 项目资金 table, with the label the forms print.</summary>
public sealed record FundingField(string Name, string Label, bool IsPart, Func<FundingSplit, decimal?> Get, Action<FundingSplit, decimal?> Set);

/// <summary>The rows of a funding column in form order: the total, 财政拨款 and its parts, 其他资金 and its part.</summary>
public static class FundingFields
{
    public static IReadOnlyList<FundingField> All { get; } =
    [
        new(nameof(FundingSplit.Total), "资金总额", false, f => f.Total, (f, v) => f.Total = v),
        new(nameof(FundingSplit.Fiscal), "财政拨款", false, f => f.Fiscal, (f, v) => f.Fiscal = v),
        new(nameof(FundingSplit.FiscalSuperior), "其中：上级财政拨款", true, f => f.FiscalSuperior, (f, v) => f.FiscalSuperior = v),
        new(nameof(FundingSplit.FiscalLocal), "本级财政安排", true, f => f.FiscalLocal, (f, v) => f.FiscalLocal = v),
        new(nameof(FundingSplit.FiscalSubordinate), "下级财政配套", true, f => f.FiscalSubordinate, (f, v) => f.FiscalSubordinate = v),
        new(nameof(FundingSplit.Other), "其他资金", false, f => f.Other, (f, v) => f.Other = v),
        new(nameof(FundingSplit.OtherOwnFunds), "其中：自有资金", true, f => f.OtherOwnFunds, (f, v) => f.OtherOwnFunds = v),
    ];
}
