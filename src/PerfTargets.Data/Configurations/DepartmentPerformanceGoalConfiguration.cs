using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Departments;

namespace PerfTargets.Data.Configurations;

internal sealed class DepartmentPerformanceGoalConfiguration : IEntityTypeConfiguration<DepartmentPerformanceGoal>
{
    public void Configure(EntityTypeBuilder<DepartmentPerformanceGoal> builder)
    {
        builder.ToTable("DepartmentPerformanceGoals");
        builder.HasKey(g => g.Id);
        builder.HasOne<Department>().WithMany().HasForeignKey(g => g.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.DepartmentId, g.BudgetYear }).IsUnique();
        builder.Property(g => g.OverallGoal).HasMaxLength(DepartmentLimits.LongText).IsRequired();
        builder.Property(g => g.Safeguards).HasMaxLength(DepartmentLimits.LongText);
        builder.Property(g => g.ConcurrencyStamp).IsConcurrencyToken();

        builder.OwnsMany(g => g.DutyGoals, duty =>
        {
            duty.ToTable("DepartmentDutyGoals");
            duty.WithOwner().HasForeignKey("DepartmentPerformanceGoalId");
            duty.HasKey(d => d.Id);
            duty.Property(d => d.Duty).HasMaxLength(DepartmentLimits.Duty).IsRequired();
            duty.Property(d => d.Goal).HasMaxLength(DepartmentLimits.LongText).IsRequired();
        });

        builder.OwnsMany(g => g.FundingSources, source =>
        {
            source.ToTable("DepartmentFundingSources");
            source.WithOwner().HasForeignKey("DepartmentPerformanceGoalId");
            source.HasKey(s => s.Id);
            source.Property(s => s.Name).HasMaxLength(DepartmentLimits.Duty).IsRequired();
        });

        builder.OwnsMany(g => g.Indicators, indicator => IndicatorMapping.Map(indicator, "DepartmentIndicators", "DepartmentPerformanceGoalId"));
    }
}
