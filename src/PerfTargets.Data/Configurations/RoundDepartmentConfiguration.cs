using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Data.Configurations;

internal sealed class RoundDepartmentConfiguration : IEntityTypeConfiguration<RoundDepartment>
{
    public void Configure(EntityTypeBuilder<RoundDepartment> builder)
    {
        builder.ToTable("RoundDepartments");
        builder.HasIndex(d => new { d.FilingRoundId, d.DepartmentId }).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.ExtensionReason).HasMaxLength(RoundLimits.ExtensionReason);
    }
}
