using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Identity;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.DemoData;
using PerfTargets.Data.Library;

namespace PerfTargets.Data.Setup;

/// <summary>
/// Brings a database to the current schema at start-up, adds the standard indicator frameworks
/// (reference data every installation needs), and in demo mode fills an empty database with the
/// seed declarations.
/// </summary>
public sealed partial class DatabaseInitializer(PerfTargetsDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool demoMode, CancellationToken cancellationToken = default)
    {
        await RefuseUnknownHistoryAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await AddMissingStandardFrameworksAsync(cancellationToken);
        await AddMissingLibraryEntriesAsync(cancellationToken);
        await FillLibraryInitialsAsync(cancellationToken);
        await AddMissingRolesAsync(cancellationToken);
        if (demoMode && !await db.Departments.AnyAsync(cancellationToken))
        {
            await LoadDemoDataAsync(DemoDataSet.Load(), cancellationToken);
        }
    }

    /// <summary>
    /// A database whose history names a migration this build lacks was made by another build: one from
    /// before its migrations were squashed into Initial, or a newer one. Migrating it would stop halfway
    /// ("table already exists") or leave this build on a schema it does not know, so nothing is touched
    /// and the operator is told which database it is and what to do.
    /// </summary>
    private async Task RefuseUnknownHistoryAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            // A SQLite file is most often a demo database, which can simply be deleted: say which file.
            var sqliteFile = db.Database.IsSqlite() ? $"若是演示数据库，可删除 {db.Database.GetDbConnection().DataSource}，下次启动会重新载入演示数据。" : string.Empty;
            throw new DatabaseConfigurationException(
                $"数据库由另一版本的程序创建：其迁移记录中有 {unknown.Count} 项本程序没有的迁移（{unknown[0]} 等），无法升级。" +
                $"请用创建它的版本打开，或将 ConnectionStrings:{DatabaseSettings.ConnectionStringName} 指向新的空数据库。{sqliteFile}");
        }
    }

    private async Task AddMissingStandardFrameworksAsync(CancellationToken cancellationToken)
    {
        var existing = await db.IndicatorFrameworks.Select(f => f.Code).ToListAsync(cancellationToken);
        await AddMissingAsync(StandardFrameworks.Create().Where(f => !existing.Contains(f.Code)).ToList(), LogFrameworksAdded, cancellationToken);
    }

    /// <summary>
    /// The seed's 共性 entries each framework lacks, by key: an entry the admin edited or retired is
    /// left as it is, and a second start adds nothing.
    /// </summary>
    private async Task AddMissingLibraryEntriesAsync(CancellationToken cancellationToken)
    {
        var seed = LibrarySeed.Read();
        var frameworks = await db.IndicatorFrameworks.AsNoTracking().ToListAsync(cancellationToken);
        var existing = (await db.LibraryEntries.Where(e => e.Key != null).Select(e => new { e.FrameworkId, e.Key }).ToListAsync(cancellationToken))
            .Select(e => (e.FrameworkId, e.Key!)).ToHashSet();
        var missing = frameworks.SelectMany(f => LibrarySeed.For(f, seed)).Where(e => !existing.Contains((e.FrameworkId, e.Key!))).ToList();
        await AddMissingAsync(missing, LogLibraryEntriesAdded, cancellationToken);
    }

    /// <summary>Adds the reference data a start found missing and logs how much; a start that finds none writes and says nothing.</summary>
    private async Task AddMissingAsync<T>(List<T> missing, Action<ILogger, int> logAdded, CancellationToken cancellationToken)
        where T : class
    {
        if (missing.Count == 0)
        {
            return;
        }

        db.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        logAdded(logger, missing.Count);
    }

    /// <summary>Entries stored before the name's pinyin initials were kept get them once.</summary>
    private async Task FillLibraryInitialsAsync(CancellationToken cancellationToken)
    {
        var bare = await db.LibraryEntries.Where(e => e.NameInitials == string.Empty && e.Name != string.Empty).ToListAsync(cancellationToken);
        if (bare.Count == 0)
        {
            return;
        }

        bare.ForEach(e => e.RefreshInitials());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddMissingRolesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        db.Roles.AddRange(DemoAccounts.Roles().Where(r => !existing.Contains(r.Name)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddDemoAccountsAsync(Dictionary<string, Department> departments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sections = DemoAccounts.Reviewers.Select((r, i) => new ReviewSection { Name = r.Section, Organisation = DemoAccounts.Organisation, Sequence = i + 1 }).ToList();
        db.ReviewSections.AddRange(sections);
        await db.SaveChangesAsync(cancellationToken);

        var users = new List<(PerfTargetsUser User, string Role)> { (DemoAccounts.Create(DemoAccounts.Admin, "系统管理员", now), AccountRoles.Admin) };
        users.AddRange(DemoAccounts.Filers.Where(f => departments.ContainsKey(f.Key))
            .Select(f => (DemoAccounts.Create(f.Value.UserName, f.Value.DisplayName, now, departmentId: departments[f.Key].Id), AccountRoles.Filer)));
        users.AddRange(DemoAccounts.Reviewers.Select((r, i) => (DemoAccounts.Create(r.UserName, r.DisplayName, now, reviewSectionId: sections[i].Id), AccountRoles.Reviewer)));
        db.Users.AddRange(users.Select(u => u.User));
        await db.SaveChangesAsync(cancellationToken);

        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<int> { UserId = u.User.Id, RoleId = roles[u.Role] }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadDemoDataAsync(DemoDataSet demo, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var departments = new Dictionary<string, Department>();
        foreach (var entry in demo.Departments)
        {
            departments[entry.Code] = new Department { Code = entry.Code, Name = entry.Name, Profile = entry.Profile };
        }

        db.Departments.AddRange(departments.Values);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in demo.Departments.Where(d => d.ParentCode is not null))
        {
            departments[entry.Code].ParentId = departments[entry.ParentCode!].Id;
        }

        var frameworks = await db.IndicatorFrameworks.ToDictionaryAsync(f => f.Code, f => f.Id, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        foreach (var entry in demo.Declarations)
        {
            var declaration = entry.Declaration;
            declaration.DepartmentId = departments[entry.DepartmentCode].Id;
            declaration.FrameworkId = frameworks[entry.FrameworkCode];
            declaration.CreatedAt = now;
            declaration.UpdatedAt = now;
            db.Declarations.Add(declaration);
        }

        foreach (var entry in demo.DepartmentGoals)
        {
            db.DepartmentPerformanceGoals.Add(new DepartmentPerformanceGoal
            {
                DepartmentId = departments[entry.DepartmentCode].Id,
                BudgetYear = entry.BudgetYear,
                OverallGoal = entry.OverallGoal,
                DutyGoals = entry.DutyGoals,
                Safeguards = entry.Safeguards,
            });
        }

        // Each demo year defaults to the framework its own seed forms were filed under.
        foreach (var year in demo.Declarations.GroupBy(d => d.Declaration.BudgetYear))
        {
            db.BudgetYearSettings.Add(new BudgetYearSetting { Year = year.Key, DefaultFrameworkId = frameworks[year.First().FrameworkCode] });
        }

        await db.SaveChangesAsync(cancellationToken);
        await AddDemoAccountsAsync(departments, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogDemoLoaded(logger, departments.Count, demo.Declarations.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "已添加 {Count} 个标准指标体系")]
    private static partial void LogFrameworksAdded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "已向指标库添加 {Count} 条共性指标")]
    private static partial void LogLibraryEntriesAdded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "演示模式：已载入 {Departments} 个单位、{Declarations} 份申报表")]
    private static partial void LogDemoLoaded(ILogger logger, int departments, int declarations);
}
