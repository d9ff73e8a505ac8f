namespace PerfTargets.Core.Declarations;

/// <summary>One narrative field of a declaration, with the label the forms give it.</summary>
public sealed record NarrativeField(string Name, string Label, Func<DeclarationNarrative, string?> Get, Action<DeclarationNarrative, string?> Set);

/// <summary>The narrative fields (项目情况) in form order, for the view, the editor and the rules alike.</summary>
public static class NarrativeFields
{
    public static IReadOnlyList<NarrativeField> All { get; } =
    [
        new(nameof(DeclarationNarrative.Overview), "项目概况", n => n.Overview, (n, v) => n.Overview = v),
        new(nameof(DeclarationNarrative.Basis), "立项依据", n => n.Basis, (n, v) => n.Basis = v),
        new(nameof(DeclarationNarrative.Necessity), "必要性", n => n.Necessity, (n, v) => n.Necessity = v),
        new(nameof(DeclarationNarrative.Feasibility), "可行性", n => n.Feasibility, (n, v) => n.Feasibility = v),
        new(nameof(DeclarationNarrative.Content), "项目实施内容", n => n.Content, (n, v) => n.Content = v),
        new(nameof(DeclarationNarrative.Plan), "项目实施计划", n => n.Plan, (n, v) => n.Plan = v),
        new(nameof(DeclarationNarrative.ExpectedOutcomes), "预期实施成效", n => n.ExpectedOutcomes, (n, v) => n.ExpectedOutcomes = v),
        new(nameof(DeclarationNarrative.Resources), "资源投入和制度建设情况", n => n.Resources, (n, v) => n.Resources = v),
        new(nameof(DeclarationNarrative.FundingArrangement), "资金安排情况", n => n.FundingArrangement, (n, v) => n.FundingArrangement = v),
        new(nameof(DeclarationNarrative.BudgetPurpose), "资金用途", n => n.BudgetPurpose, (n, v) => n.BudgetPurpose = v),
        new(nameof(DeclarationNarrative.OtherNotes), "其他需说明的问题（备注）", n => n.OtherNotes, (n, v) => n.OtherNotes = v),
    ];
}
