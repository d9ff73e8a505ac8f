using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Data.Configurations;

internal sealed class FilingRoundConfiguration : IEntityTypeConfiguration<FilingRound>
{
    public void Configure(EntityTypeBuilder<FilingRound> builder)
    {
        builder.ToTable("FilingRounds");
        builder.Property(r => r.Name).HasMaxLength(RoundLimits.Name).IsRequired();
        builder.Property(r => r.Notice).HasMaxLength(RoundLimits.Notice);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();

        // One round per budget year: a declaration's deadline is never in doubt.
        builder.HasIndex(r => r.BudgetYear).IsUnique();
        builder.HasMany(r => r.Departments).WithOne().HasForeignKey(d => d.FilingRoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
