using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Review;
using PerfTargets.Core.Seals;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Review;
using PerfTargets.Data.Seals;

namespace PerfTargets.Data.DemoData;

/// <summary>
/// 规模演示数据 (seed-scale): fills a demo database with the units and thousands of declarations a
/// province holds, to measure the pages at that scale. Units come with their filer accounts; each
/// declaration is made by <see cref="ScaleDeclarations"/> and taken to its state (<see cref="ScaleStates"/>)
/// by the workflow's own decisions (<see cref="ReviewWorkflow"/>) on the facts the review pages
/// gather, and stored as <see cref="DeclarationReviews"/> stores them: frozen versions, 流转记录 with
/// seals and opinions, and a keyed audit row for every step, so the integrity check holds after a run.
/// Two hundred declarations go in one transaction, with their audit rows, for speed.
/// </summary>
public sealed class ScaleSeeder(PerfTargetsDbContext db, AuditedChanges audited, TimeProvider clock)
{
    public const int BatchSize = 200;

    private const string Tag = "（规模演示数据）";

    /// <summary>Why this database cannot take the scale demo; null when it can.</summary>
    public async Task<string?> RefusalAsync(CancellationToken cancellationToken = default)
    {
        var reviewers = DemoAccounts.Reviewers.Select(r => r.UserName).ToList();
        return await db.Users.CountAsync(u => reviewers.Contains(u.UserName!), cancellationToken) == reviewers.Count
            ? null
            : $"这不是演示数据库：没有演示审核人账户（{string.Join("、", reviewers)}）。规模演示数据只添加到演示模式建立的数据库中。";
    }

    /// <summary>
    /// Adds the first <paramref name="units"/> scale units that are missing, each with its filer, and a
    /// default framework for each of <paramref name="years"/> that has none; what is there is kept.
    /// </summary>
    public async Task PrepareAsync(int units, IReadOnlyList<int> years, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(years);
        var codes = Enumerable.Range(0, units).Select(ScaleUnits.Code).ToList();
        var existing = await db.Departments.Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        var missing = Enumerable.Range(0, units).Where(i => !existing.Contains(ScaleUnits.Code(i))).ToList();
        var knownYears = await db.BudgetYearSettings.Select(s => s.Year).ToListAsync(cancellationToken);
        var newYears = years.Except(knownYears).ToList();
        if (missing.Count == 0 && newYears.Count == 0)
        {
            return;
        }

        var framework = await db.IndicatorFrameworks.AsNoTracking().SingleAsync(f => f.Code == StandardFrameworks.National2021, cancellationToken);
        var filerRole = await db.Roles.Where(r => r.Name == AccountRoles.Filer).Select(r => r.Id).SingleAsync(cancellationToken);
        await audited.CommitAsync(
            async token =>
            {
                var departments = missing.Select(i => new Department { Code = ScaleUnits.Code(i), Name = ScaleUnits.Name(i) }).ToList();
                db.Departments.AddRange(departments);
                db.BudgetYearSettings.AddRange(newYears.Select(y => new BudgetYearSetting { Year = y, DefaultFrameworkId = framework.Id }));
                await db.SaveChangesAsync(token);
                var now = clock.GetUtcNow();
                var filers = missing.Select((unit, i) => DemoAccounts.Create(ScaleUnits.FilerUserName(unit), ScaleUnits.FilerDisplayName(unit), now, departmentId: departments[i].Id)).ToList();
                db.Users.AddRange(filers);
                await db.SaveChangesAsync(token);
                db.UserRoles.AddRange(filers.Select(f => new IdentityUserRole<int> { UserId = f.Id, RoleId = filerRole }));
                return
                [
                    .. departments.Select(d => new AuditNote(AuditAction.SettingsChanged, AuditActor.System, Detail: $"保存单位“{d.Name}”{Tag}")),
                    .. filers.Select(f => new AuditNote(AuditAction.AccountChanged, AuditActor.System, Detail: $"开设填报人账户 {f.UserName}{Tag}")),
                    .. newYears.Select(y => new AuditNote(AuditAction.SettingsChanged, AuditActor.System, Detail: $"{y}年度默认指标体系设为“{framework.Name}”{Tag}")),
                ];
            },
            cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Adds <paramref name="count"/> declarations over the first <paramref name="units"/> scale units
    /// (<see cref="PrepareAsync"/>) and <paramref name="years"/>, numbered on from those the units
    /// already have, so a second run adds more. <paramref name="progress"/> hears how many are written.
    /// </summary>
    /// <returns>How many declarations were left in each state.</returns>
    public async Task<IReadOnlyDictionary<ScaleState, int>> AddDeclarationsAsync(int count, int units, IReadOnlyList<int> years,
        Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(years);
        var scene = await LoadSceneAsync(units, cancellationToken);
        var first = await db.Declarations.CountAsync(d => scene.UnitIds.Contains(d.DepartmentId), cancellationToken);
        var slots = Enumerable.Range(first, count).Select(i => ScaleSlot.Of(i, units, years)).ToList();
        for (var done = 0; done < slots.Count; done += BatchSize)
        {
            await AddBatchAsync(scene, slots.Skip(done).Take(BatchSize).ToList(), cancellationToken);
            db.ChangeTracker.Clear();
            progress?.Invoke(Math.Min(done + BatchSize, slots.Count));
        }

        return slots.GroupBy(s => s.State).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>What every step is decided on that does not change during a run: read once.</summary>
    private async Task<Scene> LoadSceneAsync(int units, CancellationToken cancellationToken)
    {
        var codes = Enumerable.Range(0, units).Select(ScaleUnits.Code).ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && (u.DepartmentId != null || u.ReviewSectionId != null)).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var chain = await db.LoadChainAsync(cancellationToken);
        var frameworks = await db.IndicatorFrameworks.AsNoTracking().ToDictionaryAsync(f => f.Code, cancellationToken);
        var settings = await db.RuleSettingsAsync(cancellationToken: cancellationToken);
        return new Scene(
            [.. codes.Select(c => departments[c])],
            users.Where(u => u.DepartmentId != null).DistinctBy(u => u.DepartmentId).ToDictionary(u => u.DepartmentId!.Value, ActorOf),
            users.Where(u => u.ReviewSectionId != null).DistinctBy(u => u.ReviewSectionId).ToDictionary(u => u.ReviewSectionId!.Value, ActorOf),
            chain,
            (await db.LoadReviewSettingsAsync(cancellationToken)).ResubmitRule,
            await SectionReadinessQueries.OfAllAsync(db, chain.Sections, cancellationToken),
            await db.CurrentSealIdsAsync(SealOwner.Department, cancellationToken),
            await db.CurrentSealIdsAsync(SealOwner.ReviewSection, cancellationToken),
            settings,
            new ScaleDeclarations(DemoDataSet.Load(), frameworks, settings));
    }

    private static AuditActor ActorOf(PerfTargetsUser user) =>
        new(user.Id, user.UserName!, user.DepartmentId, user.ReviewSectionId, null, user.DisplayName);

    /// <summary>
    /// One transaction: the drafts (新建), then round by round each declaration's next step, the
    /// versions a round freezes saved first for the ids its 流转记录 name; the audit rows in the order taken.
    /// </summary>
    private async Task AddBatchAsync(Scene scene, List<ScaleSlot> slots, CancellationToken cancellationToken)
    {
        var walks = slots.Select(slot => new Walk(slot, scene.Make(slot))).ToList();
        await audited.CommitAsync(
            async token =>
            {
                var now = clock.GetUtcNow();
                foreach (var walk in walks)
                {
                    var declaration = walk.Declaration;
                    declaration.FrameworkId = walk.Framework.Id;
                    declaration.CreatedAt = declaration.UpdatedAt = now;
                    db.Declarations.Add(declaration);
                }

                await db.SaveChangesAsync(token);
                var notes = walks.Select(w => DraftDeclarations.CreatedNote(w.Declaration, scene.FilerOf(w.Declaration))).ToList();
                for (var moving = walks.Where(w => w.Steps.Count > 0).ToList(); moving.Count > 0; moving = moving.Where(w => w.Steps.Count > 0).ToList())
                {
                    var taken = moving.Select(w => Take(scene, w, now)).ToList();
                    await db.SaveChangesAsync(token);
                    foreach (var step in taken)
                    {
                        if (step.Decision is { } decision)
                        {
                            db.DeclarationEvents.Add(DeclarationEvent.Of(decision, step.Version!, step.Actor, now.UtcDateTime));
                        }

                        notes.Add(step.Note);
                    }
                }

                return notes;
            },
            cancellationToken);
    }

    /// <summary>The walk's next step, decided by <see cref="ReviewWorkflow"/> and applied; a refusal is a fault of the seeding and stops it.</summary>
    private Taken Take(Scene scene, Walk walk, DateTimeOffset now)
    {
        var declaration = walk.Declaration;
        var step = walk.Steps.Peek();
        if (step == ScaleStep.Fix)
        {
            walk.Steps.Dequeue();
            ScaleDeclarations.Fix(declaration, walk.Slot.Index);
            declaration.ConcurrencyStamp = Guid.NewGuid();
            declaration.UpdatedAt = now;
            var filer = scene.FilerOf(declaration);
            return new Taken(null, null, filer, DraftDeclarations.SavedNote(declaration, filer));
        }

        var actor = step == ScaleStep.Submit ? scene.FilerOf(declaration) : scene.ReviewerOf(declaration);
        var decision = step switch
        {
            ScaleStep.Submit => ReviewWorkflow.Submit(new SubmissionFacts(
                declaration, declaration.ConcurrencyStamp, actor, DeclarationCheck.Problems(declaration, walk.Framework, scene.Settings).Count(p => p.IsError),
                scene.Chain, scene.Rule, scene.Readiness, scene.Units.Single(u => u.Id == declaration.DepartmentId).Name,
                scene.DepartmentSeals.TryGetValue(declaration.DepartmentId, out var seal) ? seal : null)),
            ScaleStep.Return => ReviewWorkflow.Return(scene.ReviewerFacts(declaration, walk.Version!, actor, ScaleDeclarations.ReturnOpinion)),
            _ => ReviewWorkflow.Approve(scene.ReviewerFacts(declaration, walk.Version!, actor, "同意。")),
        };
        if (decision.Refused)
        {
            var action = step switch { ScaleStep.Submit => AuditAction.Submitted, ScaleStep.Return => AuditAction.Returned, _ => AuditAction.Approved };
            throw new InvalidOperationException($"规模演示数据：第 {walk.Slot.Index + 1} 份申报表“{declaration.ProjectName}”的{action.Label()}未执行：{decision.Outcome.Refusal}");
        }

        if (decision.NewVersionNumber is { } number)
        {
            walk.Version = DeclarationVersion.Freeze(declaration, number, now.UtcDateTime, actor.UserId, actor.ShownName);
            db.DeclarationVersions.Add(walk.Version);
        }

        var note = DeclarationReviews.Apply(decision, declaration, walk.Version!, actor, now.UtcDateTime, now);
        if (step != ScaleStep.ApproveToEnd || declaration.Status == DeclarationStatus.Approved)
        {
            walk.Steps.Dequeue();
        }

        return new Taken(decision, walk.Version, actor, note);
    }

    /// <summary>The facts of a run: its units, who acts for each unit and section, the chain, seals and rules.</summary>
    private sealed record Scene(
        IReadOnlyList<Department> Units, Dictionary<int, AuditActor> Filers, Dictionary<int, AuditActor> Reviewers, ReviewChain Chain, ResubmitRule Rule,
        IReadOnlyList<SectionReadiness> Readiness, Dictionary<int, int> DepartmentSeals, Dictionary<int, int> SectionSeals,
        Core.Validation.Review.RuleSettings Settings, ScaleDeclarations Declarations)
    {
        public List<int> UnitIds { get; } = [.. Units.Select(u => u.Id)];

        public ScaleDeclaration Make(ScaleSlot slot) => Declarations.Make(slot, Units[slot.Unit].Id);

        public AuditActor FilerOf(Declaration declaration) => Filers[declaration.DepartmentId];

        /// <summary>A reviewer of the section whose turn it is.</summary>
        public AuditActor ReviewerOf(Declaration declaration) => Reviewers[declaration.Review.AwaitingSectionId!.Value];

        public ReviewerFacts ReviewerFacts(Declaration declaration, DeclarationVersion version, AuditActor reviewer, string opinion) =>
            new(declaration, declaration.ConcurrencyStamp, reviewer, version, version.Id, opinion, Chain,
                SectionSeals.TryGetValue(reviewer.SectionId!.Value, out var seal) ? seal : null, Readiness);
    }

    /// <summary>One declaration on its way to its state: the steps left and its latest version.</summary>
    private sealed class Walk(ScaleSlot slot, ScaleDeclaration made)
    {
        public ScaleSlot Slot { get; } = slot;

        public Declaration Declaration { get; } = made.Declaration;

        public IndicatorFramework Framework { get; } = made.Framework;

        public Queue<ScaleStep> Steps { get; } = new(ScaleStates.StepsTo(slot.State));

        public DeclarationVersion? Version { get; set; }
    }

    /// <summary>A step taken: the decision (none for a save), the version acted on, who acted, and the audit row.</summary>
    private sealed record Taken(ReviewDecision? Decision, DeclarationVersion? Version, AuditActor Actor, AuditNote Note);
}
