using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Library;

namespace PerfTargets.Data.Configurations;

internal sealed class LibrarySettingsConfiguration : IEntityTypeConfiguration<LibrarySettings>
{
    public void Configure(EntityTypeBuilder<LibrarySettings> builder)
    {
        builder.ToTable("LibrarySettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
