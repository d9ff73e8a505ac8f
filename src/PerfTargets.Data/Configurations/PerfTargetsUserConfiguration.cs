using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Departments;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Data.Configurations;

internal sealed class PerfTargetsUserConfiguration : IEntityTypeConfiguration<PerfTargetsUser>
{
    public void Configure(EntityTypeBuilder<PerfTargetsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(PerfTargetsUser.DisplayNameMaxLength).IsRequired();
        builder.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewSection>().WithMany().HasForeignKey(u => u.ReviewSectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
