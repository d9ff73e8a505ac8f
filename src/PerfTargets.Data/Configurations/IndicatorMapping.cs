using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Data.Configurations;

/// <summary>How a 三级 indicator is stored, for every owner that has a table of them (a declaration, a department's 整体 table).</summary>
internal static class IndicatorMapping
{
    /// <summary>Weights go up to 1000 with two decimals.</summary>
    public const int WeightPrecision = 7;

    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Indicator> indicator, string table, string ownerKey)
        where TOwner : class
    {
        indicator.ToTable(table);
        indicator.WithOwner().HasForeignKey(ownerKey);
        indicator.HasKey(i => i.Id);
        indicator.Property(i => i.Level1).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
        indicator.Property(i => i.Level2).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
        indicator.Property(i => i.Name).HasMaxLength(DeclarationLimits.IndicatorName).IsRequired();
        indicator.Property(i => i.Description).HasMaxLength(DeclarationLimits.IndicatorText);
        indicator.Property(i => i.Remark).HasMaxLength(DeclarationLimits.Remark);
        indicator.Property(i => i.ScoringStandard).HasMaxLength(DeclarationLimits.IndicatorText);
        indicator.Property(i => i.Weight).HasPrecision(WeightPrecision, DeclarationLimits.WeightScale);
        indicator.Ignore(i => i.IsNotApplicable);
        indicator.OwnsOne(i => i.MidTerm, MapTarget);
        indicator.OwnsOne(i => i.Annual, MapTarget);
        indicator.Navigation(i => i.MidTerm).IsRequired();
        indicator.Navigation(i => i.Annual).IsRequired();
    }

    private static void MapTarget(OwnedNavigationBuilder<Indicator, IndicatorTarget> target)
    {
        // A target is a measurement, not money: keep more decimals than the money convention's two.
        target.Property(t => t.Value).HasPrecision(20, 6);
        target.Property(t => t.Text).HasMaxLength(DeclarationLimits.TargetText);
        target.Property(t => t.Unit).HasMaxLength(DeclarationLimits.Unit);
        target.Ignore(t => t.IsEmpty);
    }
}
