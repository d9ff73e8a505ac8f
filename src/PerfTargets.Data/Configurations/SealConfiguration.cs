using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Seals;

namespace PerfTargets.Data.Configurations;

internal sealed class SealConfiguration : IEntityTypeConfiguration<Seal>
{
    public void Configure(EntityTypeBuilder<Seal> builder)
    {
        builder.ToTable("Seals");
        builder.Property(s => s.Owner).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Png).IsRequired();
        builder.Property(s => s.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(s => s.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(s => new { s.Owner, s.OwnerId });
    }
}
