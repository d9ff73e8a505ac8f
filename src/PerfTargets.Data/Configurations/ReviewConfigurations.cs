using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Configurations;

internal sealed class DeclarationVersionConfiguration : IEntityTypeConfiguration<DeclarationVersion>
{
    public void Configure(EntityTypeBuilder<DeclarationVersion> builder)
    {
        builder.ToTable("DeclarationVersions");
        builder.HasOne<Declaration>().WithMany().HasForeignKey(v => v.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.DeclarationId, v.Number }).IsUnique();
        WorkflowMapping.MapVersion(builder);
    }
}

internal sealed class DeclarationEventConfiguration : IEntityTypeConfiguration<DeclarationEvent>
{
    public void Configure(EntityTypeBuilder<DeclarationEvent> builder)
    {
        builder.ToTable("DeclarationEvents");
        builder.HasOne<Declaration>().WithMany().HasForeignKey(e => e.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.DeclarationId);
        WorkflowMapping.MapEvent<DeclarationEvent, DeclarationVersion>(builder);
    }
}

internal sealed class ReviewSettingsConfiguration : IEntityTypeConfiguration<ReviewSettings>
{
    public void Configure(EntityTypeBuilder<ReviewSettings> builder)
    {
        builder.ToTable("ReviewSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ResubmitRule).HasConversion<string>().HasMaxLength(32);
        builder.HasData(new ReviewSettings());
    }
}
