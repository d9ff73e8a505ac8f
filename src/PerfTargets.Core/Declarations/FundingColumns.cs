namespace PerfTargets.Core.Declarations;

/// <summary>One column of the 项目资金 table: its member's name, the label the forms print, its split.</summary>
public sealed record FundingColumn(string Name, string Label, Func<Declaration, FundingSplit> Get)
{
    /// <summary>The member as a document names it ("annualFunding"), for paths in messages and JSON.</summary>
    public string Path { get; } = char.ToLowerInvariant(Name[0]) + Name[1..];
}

/// <summary>The columns of 项目资金 in form order: 以前年度已安排, 中期资金, 年度资金.</summary>
public static class FundingColumns
{
    public static FundingColumn PriorYears { get; } = new(nameof(Declaration.PriorYearsFunding), "以前年度已安排", d => d.PriorYearsFunding);

    public static FundingColumn MidTerm { get; } = new(nameof(Declaration.MidTermFunding), "中期资金", d => d.MidTermFunding);

    public static FundingColumn Annual { get; } = new(nameof(Declaration.AnnualFunding), "年度资金", d => d.AnnualFunding);

    public static IReadOnlyList<FundingColumn> All { get; } = [PriorYears, MidTerm, Annual];
}
