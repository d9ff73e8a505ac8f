using PerfTargets.Core.Accounts;
using PerfTargets.Core.Money;
using PerfTargets.Core.Rounds;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Review;

/// <summary>
/// 提交确认: what a submission would freeze and where it would go, shown before the filer confirms.
/// Decided by <see cref="ReviewWorkflow.Submit"/> on the same facts a submission is decided on, so
/// that what the page says is what the submission does, refusals included.
/// </summary>
public sealed class SubmissionPreview
{
    private SubmissionPreview(Declaration declaration, ReviewSection? section, bool resumes, SubmissionDeadline? deadline,
        IReadOnlyList<ValidationProblem> problems, string? refusal, DateOnly today)
    {
        (Declaration, Section, Resumes, Deadline, Refusal) = (declaration, section, resumes, deadline, refusal);
        Warnings = [.. problems.Where(p => !p.IsError)];
        FilledOn = declaration.FilledOn ?? today;
        FilledOnAtSubmission = declaration.FilledOn is null;
    }

    public Declaration Declaration { get; }

    /// <summary>The section that reviews next; null when no section is in use (then <see cref="Refusal"/> says so).</summary>
    public ReviewSection? Section { get; }

    /// <summary>Whether it goes straight back to the section that returned it.</summary>
    public bool Resumes { get; }

    /// <summary>The round's deadline, when a round expects the department for this year.</summary>
    public SubmissionDeadline? Deadline { get; }

    /// <summary>Why it would be refused now, in the words a submission's refusal uses; null when it would be taken.</summary>
    public string? Refusal { get; }

    /// <summary>The rules' warnings: they do not block a submission, the reviewers read them.</summary>
    public IReadOnlyList<ValidationProblem> Warnings { get; }

    /// <summary>第 n 版: the number the frozen version will carry.</summary>
    public int VersionNumber => Declaration.Review.VersionCount + 1;

    /// <summary>填报日期 as frozen: the one written, or the day of submission when blank.</summary>
    public DateOnly FilledOn { get; }

    public bool FilledOnAtSubmission { get; }

    /// <summary>年度资金总额 in the declaration's unit, with the unit; 未填 when blank.</summary>
    public string AnnualTotal => Declaration.AnnualFunding.Total is { } total ? Declaration.MoneyUnit.FormatWithLabel(total) : "未填";

    /// <summary>"提交后由业务股室审核。", or where a resubmission after a return goes.</summary>
    public string? NextStep => Section is null ? null
        : Resumes ? $"提交后直接回到退回它的{Section.Name}审核。"
        : $"提交后由{Section.Name}审核。";

    /// <summary>
    /// The preview of submitting <paramref name="facts"/>' declaration with the rules' <paramref name="problems"/>
    /// on <paramref name="today"/> (北京时间). The facts name the declaration's own stamp: the preview is of
    /// the state it shows.
    /// </summary>
    public static SubmissionPreview Of(SubmissionFacts facts, IReadOnlyList<ValidationProblem> problems, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(problems);
        var declaration = facts.Declaration ?? throw new ArgumentException("提交确认须有申报表。", nameof(facts));
        var decision = ReviewWorkflow.Submit(facts);
        var (section, resumes) = ReviewWorkflow.TargetOf(declaration, facts.Chain, facts.Rule);
        return new SubmissionPreview(declaration, section, resumes, facts.Deadline, problems, decision.Outcome.Refusal, today);
    }
}
