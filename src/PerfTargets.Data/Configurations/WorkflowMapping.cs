using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Configurations;

/// <summary>
/// How the workflow is stored, for a declaration and a report alike: the 审核位置 of the live row
/// (<see cref="ReviewPosition"/>), and the columns of a 冻结版本 (<see cref="FrozenVersion"/>) and of a
/// 流转记录 (<see cref="WorkflowEvent"/>), each kind of record in its own table.
/// </summary>
internal static class WorkflowMapping
{
    public static void MapPosition<TOwner>(OwnedNavigationBuilder<TOwner, ReviewPosition> review)
        where TOwner : class
    {
        review.HasOne<ReviewSection>().WithMany().HasForeignKey(r => r.AwaitingSectionId).OnDelete(DeleteBehavior.Restrict);
        review.HasOne<ReviewSection>().WithMany().HasForeignKey(r => r.ReturnedBySectionId).OnDelete(DeleteBehavior.Restrict);
        review.HasIndex(r => r.AwaitingSectionId);
    }

    public static void MapVersion<TVersion>(EntityTypeBuilder<TVersion> builder)
        where TVersion : FrozenVersion
    {
        // The public verify page looks versions up by hash. Not unique: a version resubmitted
        // unchanged, or two declarations alike in every field, share one.
        builder.HasIndex(v => v.ContentHash);
        builder.Property(v => v.Content).IsRequired();
        builder.Property(v => v.ContentHash).HasMaxLength(FrozenVersion.HashLength).IsFixedLength().IsRequired();
        builder.Property(v => v.SubmittedBy).HasMaxLength(ReviewLimits.UserName).IsRequired();
        builder.Ignore(v => v.ShortHash);
    }

    public static void MapEvent<TEvent, TVersion>(EntityTypeBuilder<TEvent> builder)
        where TEvent : WorkflowEvent
        where TVersion : FrozenVersion
    {
        builder.HasOne<TVersion>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewSection>().WithMany().HasForeignKey(e => e.SectionId).OnDelete(DeleteBehavior.Restrict);

        // One decision per section and version: a double click or a second reviewer cannot approve twice.
        // The filer's own steps carry no section, and NULLs never collide in a unique index.
        builder.HasIndex(e => new { e.VersionId, e.SectionId }).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActingFor).HasMaxLength(ReviewLimits.ActingFor);
        builder.Property(e => e.Opinion).HasMaxLength(ReviewWorkflow.OpinionMaxLength);
        builder.Property(e => e.UserName).HasMaxLength(ReviewLimits.UserName).IsRequired();
    }
}
