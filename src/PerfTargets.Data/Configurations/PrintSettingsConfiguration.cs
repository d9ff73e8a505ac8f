using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Printing;

namespace PerfTargets.Data.Configurations;

internal sealed class PrintSettingsConfiguration : IEntityTypeConfiguration<PrintSettings>
{
    public void Configure(EntityTypeBuilder<PrintSettings> builder)
    {
        builder.ToTable("PrintSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.DefaultLayout).HasMaxLength(PrintSettings.LayoutKeyLength);
        builder.HasData(new PrintSettings());
    }
}
