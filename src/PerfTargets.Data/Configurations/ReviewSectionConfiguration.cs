using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Accounts;

namespace PerfTargets.Data.Configurations;

internal sealed class ReviewSectionConfiguration : IEntityTypeConfiguration<ReviewSection>
{
    public void Configure(EntityTypeBuilder<ReviewSection> builder)
    {
        builder.ToTable("ReviewSections");
        builder.Property(s => s.Name).HasMaxLength(ReviewSection.NameMaxLength).IsRequired();
        builder.Property(s => s.Organisation).HasMaxLength(ReviewSection.OrganisationMaxLength).IsRequired();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
