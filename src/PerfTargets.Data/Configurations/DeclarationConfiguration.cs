using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;

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

        builder.Property(d => d.ProjectName).HasMaxLength(DeclarationLimits.ProjectName).IsRequired();
        builder.Property(d => d.ProjectCode).HasMaxLength(DeclarationLimits.ProjectCode);
        builder.Property(d => d.ImplementingUnit).HasMaxLength(DeclarationLimits.UnitName);
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
        builder.OwnsOne(d => d.DisbursementPlan, plan => plan.Ignore(p => p.IsEmpty));
        builder.OwnsOne(d => d.Review, review =>
        {
            review.HasOne<ReviewSection>().WithMany().HasForeignKey(r => r.AwaitingSectionId).OnDelete(DeleteBehavior.Restrict);
            review.HasOne<ReviewSection>().WithMany().HasForeignKey(r => r.ReturnedBySectionId).OnDelete(DeleteBehavior.Restrict);
            review.HasIndex(r => r.AwaitingSectionId);
        });

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

        builder.OwnsMany(d => d.Indicators, indicator =>
        {
            indicator.ToTable("DeclarationIndicators");
            indicator.WithOwner().HasForeignKey("DeclarationId");
            indicator.HasKey(i => i.Id);
            indicator.Property(i => i.Level1).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
            indicator.Property(i => i.Level2).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
            indicator.Property(i => i.Name).HasMaxLength(DeclarationLimits.IndicatorName).IsRequired();
            indicator.Property(i => i.Description).HasMaxLength(DeclarationLimits.IndicatorText);
            indicator.Property(i => i.Remark).HasMaxLength(DeclarationLimits.Remark);
            indicator.OwnsOne(i => i.MidTerm, MapTarget);
            indicator.OwnsOne(i => i.Annual, MapTarget);
            indicator.Navigation(i => i.MidTerm).IsRequired();
            indicator.Navigation(i => i.Annual).IsRequired();
        });

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
        builder.Navigation(d => d.Review).IsRequired();
    }

    private static void MapFunding(EntityTypeBuilder<Declaration> builder, System.Linq.Expressions.Expression<Func<Declaration, FundingSplit?>> column) =>
        builder.OwnsOne(column, funding => funding.Ignore(f => f.IsEmpty));

    private static void MapTarget(OwnedNavigationBuilder<Indicator, IndicatorTarget> target)
    {
        // A target is a measurement, not money: keep more decimals than the money convention's two.
        target.Property(t => t.Value).HasPrecision(20, 6);
        target.Property(t => t.Text).HasMaxLength(DeclarationLimits.TargetText);
        target.Property(t => t.Unit).HasMaxLength(DeclarationLimits.Unit);
        target.Ignore(t => t.IsEmpty);
    }

}
