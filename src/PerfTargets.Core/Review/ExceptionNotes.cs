using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Review;

/// <summary>
/// 例外说明: whether a reviewer may accept a finding, or withdraw an acceptance, decided from facts
/// gathered beforehand as the workflow's own steps are. Only the reviewer whose section the
/// declaration waits on acts (the very check of 审核通过 and 退回), on the version they read; the
/// refusals are the workflow's, so that they are audited and shown alike.
/// </summary>
public static class ExceptionNotes
{
    /// <summary>接受此项: null when <paramref name="problem"/> (found on the current version, or null) may be accepted with <paramref name="note"/>.</summary>
    /// <param name="alreadyAccepted">Whether an acceptance of the same rule and path stands.</param>
    public static WorkflowOutcome? CheckAccept(ReviewerFacts facts, ValidationProblem? problem, bool alreadyAccepted, string? note)
    {
        if (ReviewWorkflow.CheckReviewerTurn(facts) is { } refusal)
        {
            return refusal.Outcome;
        }

        if (problem is null)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.WrongState, "审核检查在当前版本中已没有这一项，本次操作未执行。");
        }

        // A second press, or a colleague who accepted it first: already done, no intrusion.
        return alreadyAccepted
            ? WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, "这一项已被接受（例外说明），本次操作未执行。")
            : CheckNote(note);
    }

    /// <summary>撤回接受: null when <paramref name="acceptance"/> (null when there is none by the id asked for) may be withdrawn.</summary>
    public static WorkflowOutcome? CheckWithdraw(ReviewerFacts facts, ProblemAcceptance? acceptance)
    {
        if (ReviewWorkflow.CheckReviewerTurn(facts) is { } refusal)
        {
            return refusal.Outcome;
        }

        if (acceptance is null || acceptance.DeclarationId != facts.Declaration!.Id || !acceptance.Stands)
        {
            return WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, "这条例外说明已撤回或不存在，本次操作未执行。");
        }

        return acceptance.SectionId == facts.Actor.SectionId
            ? null
            : WorkflowOutcome.Refused(WorkflowRefusal.NotYours, $"这条例外说明由{acceptance.ActingFor}接受，只有该科室能撤回。");
    }

    /// <summary>The note is required: accepting a finding without saying why is what the rules are there to prevent.</summary>
    private static WorkflowOutcome? CheckNote(string? note)
    {
        var problem = string.IsNullOrWhiteSpace(note)
            ? "请填写例外说明：写明为何接受这一项。"
            : note.Length > ReviewLimits.ExceptionNote
                ? $"例外说明不能超过 {ReviewLimits.ExceptionNote} 个字。"
                : TextCharacters.Problem(note, "例外说明");
        return problem is null ? null : WorkflowOutcome.Refused(WorkflowRefusal.Incomplete, problem);
    }
}
