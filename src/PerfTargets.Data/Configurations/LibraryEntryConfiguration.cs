using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Data.Configurations;

internal sealed class LibraryEntryConfiguration : IEntityTypeConfiguration<LibraryEntry>
{
    public const int KeyLength = 32;

    public void Configure(EntityTypeBuilder<LibraryEntry> builder)
    {
        builder.ToTable("LibraryEntries");
        builder.HasKey(e => e.Id);
        builder.Ignore(e => e.SectorList);
        builder.Property(e => e.Key).HasMaxLength(KeyLength);
        builder.HasOne<IndicatorFramework>().WithMany().HasForeignKey(e => e.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        // A merged entry points at the one kept; entries are retired, never deleted, so nothing cascades.
        builder.HasOne<LibraryEntry>().WithMany().HasForeignKey(e => e.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        // The seed adds an entry once per framework: its key is unique within one.
        builder.HasIndex(e => new { e.FrameworkId, e.Key }).IsUnique();
        builder.HasIndex(e => new { e.FrameworkId, e.Level1, e.Level2 });
        builder.Property(e => e.Level1).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
        builder.Property(e => e.Level2).HasMaxLength(DeclarationLimits.LevelName).IsRequired();
        builder.Property(e => e.Name).HasMaxLength(DeclarationLimits.IndicatorName).IsRequired();
        // One letter or digit per character of the name at most.
        builder.Property(e => e.NameInitials).HasMaxLength(DeclarationLimits.IndicatorName).IsRequired().HasDefaultValue(string.Empty);
        builder.Property(e => e.Nature).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Unit).HasMaxLength(DeclarationLimits.Unit);
        builder.Property(e => e.Comparator).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Basis).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Formula).HasMaxLength(DeclarationLimits.LineText);
        builder.Property(e => e.Sectors).HasMaxLength(DeclarationLimits.LineText).IsRequired();
        builder.Property(e => e.Example).HasMaxLength(DeclarationLimits.TargetText);
        builder.Property(e => e.Source).HasMaxLength(DeclarationLimits.LineText).IsRequired();
    }
}
