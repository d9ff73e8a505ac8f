using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Notices;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Data.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.Property(n => n.Key).HasMaxLength(Notice.KeyMaxLength).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(Notice.TextMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notice.LinkMaxLength).IsRequired();
        builder.Property(n => n.MailError).HasMaxLength(Notice.TextMaxLength);

        // One notice per account and occasion: what makes a sweep that runs twice add nothing twice.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => n.Mail);
        builder.HasOne<PerfTargetsUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
