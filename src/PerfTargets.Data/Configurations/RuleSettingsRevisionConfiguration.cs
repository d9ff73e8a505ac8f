using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Data.Configurations;

internal sealed class RuleSettingsRevisionConfiguration : IEntityTypeConfiguration<RuleSettingsRevision>
{
    public void Configure(EntityTypeBuilder<RuleSettingsRevision> builder)
    {
        builder.ToTable("RuleSettingsRevisions");
        builder.Property(r => r.Content).IsRequired();
        builder.Property(r => r.ChangedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(RuleSettingsRevision.NoteLength);
        builder.HasIndex(r => r.ChangedAt);
    }
}
