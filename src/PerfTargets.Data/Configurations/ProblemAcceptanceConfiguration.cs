using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Configurations;

internal sealed class ProblemAcceptanceConfiguration : IEntityTypeConfiguration<ProblemAcceptance>
{
    public void Configure(EntityTypeBuilder<ProblemAcceptance> builder)
    {
        builder.ToTable("ProblemAcceptances");
        builder.HasOne<Declaration>().WithMany().HasForeignKey(a => a.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewSection>().WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);

        // One standing acceptance per finding: a double click or a colleague cannot accept it twice.
        // Withdrawn ones stay as records, any number of them. The filter reads alike in both providers.
        builder.HasIndex(a => new { a.DeclarationId, a.Rule, a.Path }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL");
        builder.Property(a => a.Rule).HasMaxLength(ReviewLimits.RuleCode).IsRequired();
        builder.Property(a => a.Path).HasMaxLength(ReviewLimits.ProblemPath).IsRequired();
        builder.Property(a => a.Message).HasMaxLength(ReviewLimits.ProblemMessage).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(ReviewLimits.ExceptionNote).IsRequired();
        builder.Property(a => a.ActingFor).HasMaxLength(ReviewLimits.ActingFor);
        builder.Property(a => a.UserName).HasMaxLength(ReviewLimits.UserName).IsRequired();
        builder.Property(a => a.WithdrawnBy).HasMaxLength(ReviewLimits.UserName);

        // Withdrawn once: a second withdrawal finds the row changed and writes nothing.
        builder.Property(a => a.WithdrawnAt).IsConcurrencyToken();
        builder.Ignore(a => a.Stands);
    }
}
