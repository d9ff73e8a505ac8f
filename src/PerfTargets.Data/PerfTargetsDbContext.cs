using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Accounts;

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

    public DbSet<DepartmentPerformanceGoal> DepartmentPerformanceGoals => Set<DepartmentPerformanceGoal>();

    public DbSet<IndicatorFramework> IndicatorFrameworks => Set<IndicatorFramework>();

    public DbSet<BudgetYearSetting> BudgetYearSettings => Set<BudgetYearSetting>();

    public DbSet<ReviewSection> ReviewSections => Set<ReviewSection>();

    /// <summary>The keys that protect sign-in cookies and form tokens, kept so that a restart signs nobody out.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PerfTargetsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(DeclarationLimits.MoneyPrecision, DeclarationLimits.MoneyScale);
    }
}
