using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Departments;

namespace PerfTargets.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("Departments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(DepartmentLimits.Code).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(DepartmentLimits.Name).IsRequired();
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(d => d.Profile, profile =>
        {
            profile.Property(p => p.CreditCode).HasMaxLength(DepartmentLimits.Code);
            profile.Property(p => p.Address).HasMaxLength(DepartmentLimits.ProfileField);
            profile.Property(p => p.Phone).HasMaxLength(DepartmentLimits.Code);
            profile.Property(p => p.LegalRepresentative).HasMaxLength(DepartmentLimits.Code);
            profile.Property(p => p.FundingSource).HasMaxLength(DepartmentLimits.ProfileField);
            profile.Property(p => p.Overview).HasMaxLength(DepartmentLimits.LongText);
            profile.Property(p => p.InternalStructure).HasMaxLength(DepartmentLimits.LongText);
        });
        builder.Navigation(d => d.Profile).IsRequired();
    }
}
