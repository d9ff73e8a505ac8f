namespace PerfTargets.Data.DemoData;

/// <summary>How the states are mixed: a repeating run of twenty, mostly drafts, in which every state appears.</summary>
public static class ScaleStates
{
    private static readonly ScaleState[] Run =
    [
        ScaleState.Draft, ScaleState.Submitted, ScaleState.Draft, ScaleState.Approved, ScaleState.DraftWithErrors,
        ScaleState.ReturnedByFirst, ScaleState.Draft, ScaleState.Draft, ScaleState.PartlyApproved, ScaleState.Draft,
        ScaleState.ApprovedOnResubmission, ScaleState.Draft, ScaleState.Submitted, ScaleState.DraftWithErrors, ScaleState.ReturnedBySecond,
        ScaleState.Draft, ScaleState.Approved, ScaleState.Draft, ScaleState.Draft, ScaleState.DraftWithErrors,
    ];

    /// <summary>The state of the declaration numbered <paramref name="index"/> (from 0) in the scale demo.</summary>
    public static ScaleState Of(int index) => Run[index % Run.Length];

    /// <summary>The steps, in order, that take a new draft to <paramref name="state"/>.</summary>
    public static IReadOnlyList<ScaleStep> StepsTo(ScaleState state) => state switch
    {
        ScaleState.Submitted => [ScaleStep.Submit],
        ScaleState.PartlyApproved => [ScaleStep.Submit, ScaleStep.Approve],
        ScaleState.ReturnedByFirst => [ScaleStep.Submit, ScaleStep.Return],
        ScaleState.ReturnedBySecond => [ScaleStep.Submit, ScaleStep.Approve, ScaleStep.Return],
        ScaleState.Approved => [ScaleStep.Submit, ScaleStep.ApproveToEnd],
        ScaleState.ApprovedOnResubmission => [ScaleStep.Submit, ScaleStep.Approve, ScaleStep.Return, ScaleStep.Fix, ScaleStep.Submit, ScaleStep.ApproveToEnd],
        _ => [],
    };

    /// <summary>Whether a declaration in <paramref name="state"/> has been submitted, and so must have no errors.</summary>
    public static bool IsSubmitted(ScaleState state) => state is not (ScaleState.Draft or ScaleState.DraftWithErrors);
}
