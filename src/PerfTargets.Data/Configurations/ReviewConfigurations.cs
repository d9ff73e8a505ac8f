using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Accounts;
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

        // The public verify page looks versions up by hash. Not unique: a version resubmitted
        // unchanged, or two declarations alike in every field, share one.
        builder.HasIndex(v => v.ContentHash);
        builder.Property(v => v.Content).IsRequired();
        builder.Property(v => v.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(v => v.SubmittedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(v => v.ShortHash);
    }
}

internal sealed class DeclarationEventConfiguration : IEntityTypeConfiguration<DeclarationEvent>
{
    public void Configure(EntityTypeBuilder<DeclarationEvent> builder)
    {
        builder.ToTable("DeclarationEvents");
        builder.HasOne<Declaration>().WithMany().HasForeignKey(e => e.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DeclarationVersion>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewSection>().WithMany().HasForeignKey(e => e.SectionId).OnDelete(DeleteBehavior.Restrict);

        // One decision per section and version: a double click or a second reviewer cannot approve twice.
        // The filer's own steps carry no section, and NULLs never collide in a unique index.
        builder.HasIndex(e => new { e.VersionId, e.SectionId }).IsUnique();
        builder.HasIndex(e => e.DeclarationId);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActingFor).HasMaxLength(200);
        builder.Property(e => e.Opinion).HasMaxLength(ReviewWorkflow.OpinionMaxLength);
        builder.Property(e => e.UserName).HasMaxLength(256).IsRequired();
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
