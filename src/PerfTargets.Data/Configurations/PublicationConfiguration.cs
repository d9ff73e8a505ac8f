using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Publishing;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ToTable("Publications");
        builder.HasOne<Declaration>().WithMany().HasForeignKey(p => p.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DeclarationVersion>().WithMany().HasForeignKey(p => p.VersionId).OnDelete(DeleteBehavior.Restrict);

        // One record per declaration: a double click or a colleague cannot publish it twice.
        builder.HasIndex(p => p.DeclarationId).IsUnique();
        builder.Property(p => p.PublishedBy).HasMaxLength(ReviewLimits.UserName).IsRequired();
        builder.Property(p => p.WithdrawnBy).HasMaxLength(ReviewLimits.UserName);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(PublishingRules.ReasonLength);

        // Each step names the state it read: a second publish or withdrawal finds the row changed and writes nothing.
        builder.Property(p => p.WithdrawnAt).IsConcurrencyToken();
        builder.Property(p => p.PublishedAt).IsConcurrencyToken();
        builder.Ignore(p => p.IsPublic);
    }
}
