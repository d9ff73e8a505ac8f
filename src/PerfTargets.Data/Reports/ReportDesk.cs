using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Reports;
using PerfTargets.Core.Review;
using PerfTargets.Core.Seals;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Review;
using PerfTargets.Data.Seals;
using PerfTargets.Data.Verification;
using PerfTargets.Data.Queries;

namespace PerfTargets.Data.Reports;

/// <summary>
/// 运行监控 and 自评 reports: opened on a declaration's approved version, saved as drafts, submitted
/// (frozen with their hash) and reviewed through the declaration's review chain. Each step commits
/// with its audit row or not at all; a refusal on what is not the actor's is audited as 越权被拒.
/// </summary>
public sealed class ReportDesk(PerfTargetsDbContext db, FrozenVersions frozen, FrozenReports frozenReports, DeclarationReviews reviews, AuditedChanges audited, ReportSettings settings, TimeProvider clock)
{
    public const string NotYours = "没有找到该申报表，或它不属于您的单位。";

    private static readonly WorkflowOutcome MovedOn =
        WorkflowOutcome.Refused(WorkflowRefusal.StaleVersion, "该报告在您打开后已被处理或修改，本次操作未执行。请查看它的最新状态。");

    /// <summary>A declaration's reports, 监控 by date then the 自评.</summary>
    public async Task<IReadOnlyList<PerformanceReport>> OfDeclarationAsync(int declarationId, CancellationToken cancellationToken = default) =>
        await db.PerformanceReports.AsNoTracking().Where(r => r.DeclarationId == declarationId)
            .OrderBy(r => r.Kind).ThenBy(r => r.AsOf).ToListAsync(cancellationToken);

    /// <summary>
    /// At a glance, every report on the declarations given: a 监控's light, a 自评's total and grade,
    /// each against its approved version (read once per version, its hash and its keyed 提交 row checked).
    /// </summary>
    public async Task<IReadOnlyList<ReportGlance>> GlancesAsync(IQueryable<int> declarationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declarationIds);
        var reports = await db.PerformanceReports.AsNoTracking().Where(r => declarationIds.Contains(r.DeclarationId))
            .OrderBy(r => r.DeclarationId).ThenBy(r => r.Kind).ThenBy(r => r.AsOf).ToListAsync(cancellationToken);
        if (reports.Count == 0)
        {
            return [];
        }

        var versionIds = reports.Select(r => r.DeclarationVersionId).Distinct().ToList();
        var approved = await frozen.ReadAllAsync(
            await db.DeclarationVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken), cancellationToken);

        return [.. reports.Select(r => ReportGlance.Of(r, approved[r.DeclarationVersionId], settings))];
    }

    /// <summary>
    /// <see cref="GlancesAsync(IQueryable{int}, CancellationToken)"/> for one declaration. The ids come from
    /// the database's own query: an in-memory array as the source would be a new constant in every
    /// request's expression, so EF would compile the query afresh each time (most of a page's time).
    /// </summary>
    public Task<IReadOnlyList<ReportGlance>> GlancesAsync(int declarationId, CancellationToken cancellationToken = default) =>
        GlancesAsync(db.Declarations.Where(d => d.Id == declarationId).Select(d => d.Id), cancellationToken);

    /// <summary>The reports waiting on a review section (待审), oldest submission first.</summary>
    public async Task<IReadOnlyList<WaitingReport>> WaitingOnAsync(int sectionId, CancellationToken cancellationToken = default)
    {
        var reports = await db.PerformanceReports.AsNoTracking()
            .Where(r => r.Status == DeclarationStatus.Submitted && r.Review.AwaitingSectionId == sectionId)
            .Join(db.Declarations, r => r.DeclarationId, d => d.Id, (r, d) => new { Report = r, d.ProjectName })
            .Join(db.Departments, x => x.Report.DepartmentId, d => d.Id, (x, d) => new { x.Report, x.ProjectName, Department = d.Name })
            .ToListAsync(cancellationToken);
        return [.. reports.OrderBy(x => x.Report.Review.SubmittedAt).Select(x => new WaitingReport(x.Report, x.ProjectName, x.Department))];
    }

    /// <summary>Opens a report on the approved version; the answer is the new report, or the refusal.</summary>
    public async Task<(PerformanceReport? Report, string? Refusal)> OpenAsync(int declarationId, ReportKind kind, DateOnly? asOf, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var declaration = await db.FindDeclarationAsync(declarationId, cancellationToken);
        if (declaration is null || declaration.DepartmentId != actor.DepartmentId)
        {
            await reviews.RefuseAsync(WorkflowOutcome.Refused(WorkflowRefusal.NotYours, NotYours), AuditAction.ReportOpened, actor, declarationId, cancellationToken);
            return (null, NotYours);
        }

        var version = await db.CurrentApprovedVersionAsync(declarationId, cancellationToken);
        var date = ReportOpening.DateOf(kind, declaration.BudgetYear, asOf, settings);
        var existing = await OfDeclarationAsync(declarationId, cancellationToken);
        if (ReportOpening.Check(version is not null, kind, date, existing, settings, declaration.BudgetYear) is { } refusal)
        {
            return (null, refusal);
        }

        var approved = await frozen.ReadAsync(version!, cancellationToken);
        var report = PerformanceReport.Open(approved, version!.Id, kind, date!.Value);
        report.CreatedAt = report.UpdatedAt = clock.GetUtcNow();
        db.PerformanceReports.Add(report);
        var note = new AuditNote(AuditAction.ReportOpened, actor, declarationId, version.ContentHash, $"{declaration.ProjectName} {report.Title}");
        if (!await audited.TryCommitAsync(note, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return (null, ReportOpening.Check(true, kind, date, await OfDeclarationAsync(declarationId, cancellationToken), settings, declaration.BudgetYear) ?? MovedOn.Refusal);
        }

        db.ChangeTracker.Clear();
        return (report, null);
    }

    /// <summary>
    /// The report with the approved declaration it answers to, for a reader allowed to see it (see
    /// <see cref="MaySee"/>); null when there is none or it is not the reader's. A frozen version or an
    /// approved version altered behind the application throws <see cref="AlteredVersionException"/>.
    /// </summary>
    public async Task<ReportReading?> ReadAsync(int reportId, AuditActor reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var report = await db.PerformanceReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null || !await MaySeeAsync(report, reader, cancellationToken))
        {
            return null;
        }

        var approvedVersion = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == report.DeclarationVersionId, cancellationToken);
        var approved = await frozen.ReadAsync(approvedVersion, cancellationToken);
        approved.Id = report.DeclarationId;
        var version = await CurrentVersionAsync(reportId, cancellationToken);
        var department = await db.Departments.Where(d => d.Id == report.DepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        if (report.Status == DeclarationStatus.Draft || version is null)
        {
            return new ReportReading(report, approved, approvedVersion, version, department);
        }

        var shown = await frozenReports.ReadAsync(version, report.DeclarationId, cancellationToken);
        shown.Status = report.Status;
        shown.Review = report.Review;
        shown.ConcurrencyStamp = report.ConcurrencyStamp;
        shown.DepartmentId = report.DepartmentId;
        return new ReportReading(shown, approved, approvedVersion, version, department);
    }

    /// <summary>
    /// Who may see a report: its department's filers; a reviewer whose section it waits on or has passed
    /// through (the section and every one before it in the chain); nobody else.
    /// </summary>
    public async Task<bool> MaySeeAsync(PerformanceReport report, AuditActor reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.DepartmentId is { } departmentId)
        {
            return departmentId == report.DepartmentId;
        }

        if (reader.SectionId is not { } sectionId || report.Status == DeclarationStatus.Draft && report.Review.VersionCount == 0)
        {
            return false;
        }

        var chain = await db.LoadChainAsync(cancellationToken);
        return report.Review.AwaitingSectionId is { } awaiting && chain.FromSection(sectionId).Contains(awaiting)
            || await db.ReportEvents.AnyAsync(e => e.ReportId == report.Id && e.SectionId == sectionId, cancellationToken);
    }

    /// <summary>Saves the filer's answers into the draft: the money, the summary and each line. Null when saved, else the refusal.</summary>
    public async Task<string?> SaveAsync(int reportId, Guid loadedStamp, PerformanceReport answers, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(actor);
        var report = await db.PerformanceReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (ReviewWorkflow.CheckFiler(report, loadedStamp, actor) is { } refusal)
        {
            return (await reviews.RefuseAsync(refusal.Outcome, AuditAction.ReportSaved, actor, report?.DeclarationId ?? 0, cancellationToken)).Refusal ?? MovedOn.Refusal;
        }

        if (report!.Status != DeclarationStatus.Draft)
        {
            return $"该{report.ReviewNoun}已提交，不能再修改。";
        }

        Copy(answers, report);
        report.ConcurrencyStamp = Guid.NewGuid();
        report.UpdatedAt = clock.GetUtcNow();
        var project = await ProjectNameAsync(report.DeclarationId, cancellationToken);
        var committed = await audited.TryCommitAsync(new AuditNote(AuditAction.ReportSaved, actor, report.DeclarationId, null, $"{project} {report.Title}"), cancellationToken);
        db.ChangeTracker.Clear();
        return committed ? null : MovedOn.Refusal;
    }

    /// <summary>The errors a submission of the report would be refused for, against its approved version.</summary>
    public static IReadOnlyList<FluentValidation.Results.ValidationFailure> Problems(PerformanceReport report, Declaration approved, ReportSettings settings) =>
        new PerformanceReportValidator(approved, settings).Validate(report).Errors;

    public async Task<WorkflowOutcome> SubmitAsync(int reportId, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = await db.PerformanceReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        var facts = await SubmissionFactsAsync(report, loadedStamp, actor, cancellationToken);
        var decision = ReportWorkflow.Submit(facts);
        if (decision.Refused)
        {
            return await reviews.RefuseAsync(decision.Outcome, AuditAction.ReportSubmitted, actor, report?.DeclarationId ?? 0, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = ReportVersion.Freeze(report!, decision.NewVersionNumber!.Value, now, actor.UserId, actor.ShownName);
        return await CommitAsync(decision, report!, version!, actor, cancellationToken);
    }

    public Task<WorkflowOutcome> ApproveAsync(int reportId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(reportId, versionId, loadedStamp, opinion, actor, ReportWorkflow.Approve, AuditAction.ReportApproved, cancellationToken);

    public Task<WorkflowOutcome> ReturnAsync(int reportId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(reportId, versionId, loadedStamp, opinion, actor, ReportWorkflow.Return, AuditAction.ReportReturned, cancellationToken);

    /// <summary>The latest frozen version of a report; null before its first submission.</summary>
    public Task<ReportVersion?> CurrentVersionAsync(int reportId, CancellationToken cancellationToken = default) =>
        db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The 流转记录 of a report, oldest first.</summary>
    public async Task<IReadOnlyList<ReportEvent>> HistoryAsync(int reportId, CancellationToken cancellationToken = default) =>
        await db.ReportEvents.AsNoTracking().Where(e => e.ReportId == reportId).OrderBy(e => e.Id).ToListAsync(cancellationToken);

    private async Task<WorkflowOutcome> DecideAsync(
        int reportId, int versionId, Guid loadedStamp, string? opinion, AuditActor actor, Func<ReportReviewFacts, ReviewDecision> decide, AuditAction attempted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = await db.PerformanceReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        var version = report is null ? null : await CurrentVersionAsync(reportId, cancellationToken);
        var chain = await db.ReadChainForStepAsync(cancellationToken);
        var readiness = await SectionReadinessQueries.OfAllAsync(db, chain.Sections, cancellationToken);
        var seal = actor.SectionId is { } sectionId ? await db.CurrentSealAsync(SealOwner.ReviewSection, sectionId, cancellationToken) : null;
        var decision = decide(new ReportReviewFacts(report, loadedStamp, actor, version?.Id, versionId, opinion, chain, seal?.Id, readiness));
        if (decision.Refused)
        {
            return await reviews.RefuseAsync(decision.Outcome, attempted, actor, report?.DeclarationId ?? 0, cancellationToken, version?.ContentHash);
        }

        await frozenReports.ReadAsync(version!, report!.DeclarationId, cancellationToken); // a frozen report altered behind the application is never approved
        return await CommitAsync(decision, report!, version!, actor, cancellationToken);
    }

    private async Task<ReportSubmissionFacts> SubmissionFactsAsync(PerformanceReport? report, Guid loadedStamp, AuditActor actor, CancellationToken cancellationToken)
    {
        var chain = await db.ReadChainForStepAsync(cancellationToken);
        var rule = (await db.ReadReviewSettingsForStepAsync(cancellationToken)).ResubmitRule;
        var readiness = await SectionReadinessQueries.OfAllAsync(db, chain.Sections, cancellationToken);
        if (report is null)
        {
            return new ReportSubmissionFacts(null, loadedStamp, actor, 0, chain, rule, readiness, null, null);
        }

        var approvedVersion = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == report.DeclarationVersionId, cancellationToken);
        var errors = Problems(report, await frozen.ReadAsync(approvedVersion, cancellationToken), settings).Count;
        var department = await db.Departments.Where(d => d.Id == report.DepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var seal = await db.CurrentSealAsync(SealOwner.Department, report.DepartmentId, cancellationToken);
        return new ReportSubmissionFacts(report, loadedStamp, actor, errors, chain, rule, readiness, department, seal?.Id);
    }

    /// <summary>Stores a decision: the report's new state, its version (added first, for the id its record names), the 流转记录 and the audit row.</summary>
    private async Task<WorkflowOutcome> CommitAsync(ReviewDecision decision, PerformanceReport report, ReportVersion version, AuditActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        decision.ApplyTo(report, now.UtcDateTime);
        report.ConcurrencyStamp = Guid.NewGuid();
        report.UpdatedAt = now;
        var project = await ProjectNameAsync(report.DeclarationId, cancellationToken);
        var action = decision.Event switch
        {
            DeclarationEventKind.Submitted => AuditAction.ReportSubmitted,
            DeclarationEventKind.Approved => AuditAction.ReportApproved,
            _ => AuditAction.ReportReturned,
        };
        var note = new AuditNote(action, actor, report.DeclarationId, version.ContentHash, decision.AuditDetail($"{project} {report.Title} 第 {version.Number} 版"));
        var committed = await audited.TryCommitAsync(
            note,
            token => db.AddStepAsync(decision, version, v => ReportEvent.Of(decision, v, actor, now.UtcDateTime), token),
            cancellationToken);
        db.ChangeTracker.Clear();
        return committed ? WorkflowOutcome.Success : MovedOn;
    }

    private Task<string> ProjectNameAsync(int declarationId, CancellationToken cancellationToken) =>
        db.Declarations.Where(d => d.Id == declarationId).Select(d => d.ProjectName).SingleAsync(cancellationToken);

    /// <summary>What a filer may change: the money, the summary and the answers of the lines the report has.</summary>
    private static void Copy(PerformanceReport from, PerformanceReport to)
    {
        to.Funding.Budget = from.Funding.Budget;
        to.Funding.Executed = from.Funding.Executed;
        to.Funding.Reason = Trimmed(from.Funding.Reason);
        to.Funding.Measure = Trimmed(from.Funding.Measure);
        to.Summary = Trimmed(from.Summary);
        foreach (var line in to.Lines)
        {
            if (from.LineFor(line.IndicatorSequence) is not { } answer)
            {
                continue;
            }

            line.Actual = answer.Actual;
            line.ActualText = Trimmed(answer.ActualText);
            line.Projected = answer.Projected;
            line.WillMeet = answer.WillMeet;
            line.Grade = Trimmed(answer.Grade);
            line.Reason = Trimmed(answer.Reason);
            line.Measure = Trimmed(answer.Measure);
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A report in a section's queue, with the project and department it is for.</summary>
public sealed record WaitingReport(PerformanceReport Report, string ProjectName, string DepartmentName);
