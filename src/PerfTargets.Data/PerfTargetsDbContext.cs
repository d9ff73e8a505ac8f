using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Library;
using PerfTargets.Core.Notices;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Publishing;
using PerfTargets.Core.Reports;
using PerfTargets.Core.Review;
using PerfTargets.Core.Rounds;
using PerfTargets.Core.Seals;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation.Review;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Data;

/// <summary>
/// The unit of work of PerfTargets. Each database provider has its own subclass so that each
/// keeps its own migration set; the model itself is defined once, here and in Configurations/.
/// </summary>
public abstract class PerfTargetsDbContext(DbContextOptions options)
    : IdentityDbContext<PerfTargetsUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<FilingRound> FilingRounds => Set<FilingRound>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<DepartmentPerformanceGoal> DepartmentPerformanceGoals => Set<DepartmentPerformanceGoal>();

    public DbSet<IndicatorFramework> IndicatorFrameworks => Set<IndicatorFramework>();

    /// <summary>指标库: 共性 entries from the seed and those the admin adds.</summary>
    public DbSet<LibraryEntry> LibraryEntries => Set<LibraryEntry>();

    public DbSet<LibrarySettings> LibrarySettings => Set<LibrarySettings>();

    public DbSet<BudgetYearSetting> BudgetYearSettings => Set<BudgetYearSetting>();

    public DbSet<ReviewSection> ReviewSections => Set<ReviewSection>();

    public DbSet<DeclarationVersion> DeclarationVersions => Set<DeclarationVersion>();

    public DbSet<DeclarationEvent> DeclarationEvents => Set<DeclarationEvent>();

    public DbSet<ReviewSettings> ReviewSettings => Set<ReviewSettings>();

    /// <summary>例外说明: findings reviewers accepted with a note.</summary>
    public DbSet<ProblemAcceptance> ProblemAcceptances => Set<ProblemAcceptance>();

    public DbSet<PrintSettings> PrintSettings => Set<PrintSettings>();

    /// <summary>公开: approved declarations made public, and withdrawn.</summary>
    public DbSet<Publication> Publications => Set<Publication>();

    /// <summary>审核规则设置, every revision kept; the latest is in force.</summary>
    public DbSet<RuleSettingsRevision> RuleSettingsRevisions => Set<RuleSettingsRevision>();

    /// <summary>运行监控 and 自评 reports on approved declarations, their frozen versions and 流转记录.</summary>
    public DbSet<PerformanceReport> PerformanceReports => Set<PerformanceReport>();

    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();

    public DbSet<Seal> Seals => Set<Seal>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    /// <summary>The keys that protect sign-in cookies and form tokens, kept so that a restart signs nobody out.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PerfTargetsDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToRecords();
        ProblemCountKeeper.KeepAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToRecords();
        await ProblemCountKeeper.KeepAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Versions, workflow events, seals and audit rows are records: written once, never updated or
    /// deleted (the database's own triggers refuse it too).
    /// </summary>
    private void RefuseChangesToRecords()
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity)
            .FirstOrDefault(e => e is FrozenVersion or WorkflowEvent or Seal or AuditEntry);
        if (changed is not null)
        {
            throw new InvalidOperationException($"{changed.GetType().Name} rows are append-only: they are never updated or deleted.");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(DeclarationLimits.MoneyPrecision, DeclarationLimits.MoneyScale);
    }
}
