using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data;

/// <summary>
/// The unit of work of PerfTargets. Each database provider has its own subclass so that each
/// keeps its own migration set; the model itself is defined once, here and in Configurations/.
/// </summary>
public abstract class PerfTargetsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<DepartmentPerformanceGoal> DepartmentPerformanceGoals => Set<DepartmentPerformanceGoal>();

    public DbSet<IndicatorFramework> IndicatorFrameworks => Set<IndicatorFramework>();

    public DbSet<BudgetYearSetting> BudgetYearSettings => Set<BudgetYearSetting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PerfTargetsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(DeclarationLimits.MoneyPrecision, DeclarationLimits.MoneyScale);
    }
}
