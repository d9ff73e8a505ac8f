using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data.Configurations;

internal sealed class IndicatorFrameworkConfiguration : IEntityTypeConfiguration<IndicatorFramework>
{
    public void Configure(EntityTypeBuilder<IndicatorFramework> builder)
    {
        builder.ToTable("IndicatorFrameworks");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Code).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Name).HasMaxLength(DeclarationLimits.ProjectName).IsRequired();
        builder.Property(f => f.Source).HasMaxLength(DeclarationLimits.LineText);

        builder.OwnsMany(f => f.Level1s, level1 =>
        {
            level1.ToTable("FrameworkLevel1s");
            level1.WithOwner().HasForeignKey("FrameworkId");
            level1.HasKey(l => l.Id);
            level1.Property(l => l.Name).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
            level1.OwnsMany(l => l.Level2s, level2 =>
            {
                level2.ToTable("FrameworkLevel2s");
                level2.WithOwner().HasForeignKey("Level1Id");
                level2.HasKey(l => l.Id);
                level2.Property(l => l.Name).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
            });
        });
    }
}
