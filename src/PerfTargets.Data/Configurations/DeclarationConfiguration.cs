using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data.Declarations;

namespace PerfTargets.Data.Configurations;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.ToTable("Declarations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();

        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndicatorFramework>().WithMany().HasForeignKey(d => d.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.DepartmentId, d.BudgetYear, d.Status });
        builder.HasIndex(d => new { d.BudgetYear, d.Status });
        // The lists' order (newest year first, then department and creation), read page by page from either end.
        builder.HasIndex(d => new { d.BudgetYear, d.DepartmentId, d.Id }, "IX_Declarations_ListOrder").IsDescending(true, false, false);
        StoredProblemCounts.Map(builder);

        builder.Property(d => d.ProjectName).HasMaxLength(DeclarationLimits.ProjectName).IsRequired();
        builder.Property(d => d.ProjectCode).HasMaxLength(DeclarationLimits.ProjectCode);
        builder.Property(d => d.SupervisingDepartment).HasMaxLength(DeclarationLimits.UnitName);
        builder.Property(d => d.ImplementingUnit).HasMaxLength(DeclarationLimits.UnitName);
        builder.Property(d => d.WeightTotal).HasPrecision(IndicatorMapping.WeightPrecision, DeclarationLimits.WeightScale);
        builder.Ignore(d => d.HasMidTerm);
        builder.Ignore(d => d.HasMidTermTargets);
        builder.Ignore(d => d.HasWeights);
        builder.Property(d => d.PeriodText).HasMaxLength(DeclarationLimits.PeriodText);
        builder.Property(d => d.ProjectLeader).HasMaxLength(DeclarationLimits.PersonName);
        builder.Property(d => d.ContactPerson).HasMaxLength(DeclarationLimits.PersonName);
        builder.Property(d => d.FilledBy).HasMaxLength(DeclarationLimits.PersonName);
        builder.Property(d => d.ContactPhone).HasMaxLength(DeclarationLimits.Phone);
        builder.Property(d => d.MidTermGoals);
        builder.Property(d => d.AnnualGoals);
        builder.Ignore(d => d.BudgetLinesTotal);

        builder.OwnsOne(d => d.Narrative, narrative =>
        {
            foreach (var property in typeof(DeclarationNarrative).GetProperties())
            {
                narrative.Property(property.Name).HasMaxLength(DeclarationLimits.Narrative);
            }
        });
        MapFunding(builder, d => d.MidTermFunding);
        MapFunding(builder, d => d.AnnualFunding);
        MapFunding(builder, d => d.PriorYearsFunding);
        // The list's 合计 reads the 年度资金 of everything it filters: from this narrow index, not the wide rows.
        builder.OwnsOne(d => d.AnnualFunding).HasIndex(f => f.Total);
        builder.OwnsOne(d => d.DisbursementPlan, plan => plan.Ignore(p => p.IsEmpty));
        builder.OwnsOne(d => d.Review, WorkflowMapping.MapPosition);

        builder.OwnsMany(d => d.BudgetLines, line =>
        {
            line.ToTable("DeclarationBudgetLines");
            line.WithOwner().HasForeignKey("DeclarationId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Item).HasMaxLength(DeclarationLimits.LineText).IsRequired();
            line.Property(l => l.Content).HasMaxLength(DeclarationLimits.LineText);
            line.Property(l => l.QuantityUnit).HasMaxLength(DeclarationLimits.Unit);
            line.Property(l => l.StandardUnit).HasMaxLength(DeclarationLimits.Unit);
            line.Property(l => l.Basis).HasMaxLength(DeclarationLimits.LineText);
            line.Property(l => l.Remark).HasMaxLength(DeclarationLimits.Remark);
        });

        builder.OwnsMany(d => d.Indicators, indicator => IndicatorMapping.Map(indicator, "DeclarationIndicators", "DeclarationId"));
        builder.OwnsMany(d => d.Level1Weights, weight =>
        {
            // A handful of (一级, 分值) pairs read and written whole, in the form's order.
            weight.ToJson();
            weight.Property(w => w.Level1).HasMaxLength(DeclarationLimits.LevelName);
            weight.Property(w => w.Weight).HasPrecision(IndicatorMapping.WeightPrecision, DeclarationLimits.WeightScale);
        });
        builder.OwnsOne(d => d.StatedBudgetLineTotals, totals => totals.Ignore(t => t.IsEmpty));

        builder.OwnsMany(d => d.Safeguards, safeguard =>
        {
            safeguard.ToTable("DeclarationSafeguards");
            safeguard.WithOwner().HasForeignKey("DeclarationId");
            safeguard.HasKey(s => s.Id);
            safeguard.Property(s => s.Category).HasMaxLength(DeclarationLimits.LineText).IsRequired();
            safeguard.Property(s => s.DocumentName).HasMaxLength(DeclarationLimits.LineText);
            safeguard.Property(s => s.Measures).HasMaxLength(DeclarationLimits.IndicatorText);
        });

        builder.Navigation(d => d.Narrative).IsRequired();
        builder.Navigation(d => d.MidTermFunding).IsRequired();
        builder.Navigation(d => d.AnnualFunding).IsRequired();
        builder.Navigation(d => d.PriorYearsFunding).IsRequired();
        builder.Navigation(d => d.DisbursementPlan).IsRequired();
        builder.Navigation(d => d.StatedBudgetLineTotals).IsRequired();
        builder.Navigation(d => d.Review).IsRequired();
    }

    private static void MapFunding(EntityTypeBuilder<Declaration> builder, System.Linq.Expressions.Expression<Func<Declaration, FundingSplit?>> column) =>
        builder.OwnsOne(column, funding => funding.Ignore(f => f.IsEmpty));
}
