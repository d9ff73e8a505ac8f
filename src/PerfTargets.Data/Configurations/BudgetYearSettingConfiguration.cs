using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data.Configurations;

internal sealed class BudgetYearSettingConfiguration : IEntityTypeConfiguration<BudgetYearSetting>
{
    public void Configure(EntityTypeBuilder<BudgetYearSetting> builder)
    {
        builder.ToTable("BudgetYearSettings");
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
        builder.HasOne<IndicatorFramework>().WithMany().HasForeignKey(s => s.DefaultFrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
