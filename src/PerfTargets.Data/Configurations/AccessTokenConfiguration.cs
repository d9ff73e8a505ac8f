using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Data.Accounts;

namespace PerfTargets.Data.Configurations;

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.ToTable("AccessTokens");
        builder.Property(t => t.Name).HasMaxLength(AccessToken.NameMaxLength);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.ShownPrefix).HasMaxLength(16);
        builder.Property(t => t.CreatedBy).HasMaxLength(PerfTargetsUser.UserNameMaxLength);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<PerfTargetsUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AccessToken>().WithMany().HasForeignKey(t => t.IssuedThroughTokenId).OnDelete(DeleteBehavior.Restrict);
    }
}
