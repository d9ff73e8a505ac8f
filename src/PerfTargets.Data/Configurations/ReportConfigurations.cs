using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Reports;
using PerfTargets.Core.Review;

namespace PerfTargets.Data.Configurations;

internal sealed class PerformanceReportConfiguration : IEntityTypeConfiguration<PerformanceReport>
{
    public void Configure(EntityTypeBuilder<PerformanceReport> builder)
    {
        builder.ToTable("PerformanceReports");
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Declaration>().WithMany().HasForeignKey(r => r.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DeclarationVersion>().WithMany().HasForeignKey(r => r.DeclarationVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);

        // One report per declaration, kind and date: a double click cannot open a second 6月30日 report.
        builder.HasIndex(r => new { r.DeclarationId, r.Kind, r.AsOf }).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Summary).HasMaxLength(DeclarationLimits.Goal);
        builder.Ignore(r => r.ReviewNoun);
        builder.Ignore(r => r.Title);
        builder.OwnsOne(r => r.Funding, funding =>
        {
            funding.Property(f => f.Reason).HasMaxLength(DeclarationLimits.LineText);
            funding.Property(f => f.Measure).HasMaxLength(DeclarationLimits.LineText);
            funding.Ignore(f => f.Rate);
        });
        builder.OwnsOne(r => r.Review, review =>
        {
            review.HasOne<ReviewSection>().WithMany().HasForeignKey(p => p.AwaitingSectionId).OnDelete(DeleteBehavior.Restrict);
            review.HasOne<ReviewSection>().WithMany().HasForeignKey(p => p.ReturnedBySectionId).OnDelete(DeleteBehavior.Restrict);
            review.HasIndex(p => p.AwaitingSectionId);
        });
        builder.OwnsMany(r => r.Lines, line =>
        {
            line.ToTable("ReportLines");
            line.WithOwner().HasForeignKey("ReportId");
            line.HasKey("ReportId", nameof(ReportLine.IndicatorSequence));
            line.Property(l => l.IndicatorSequence).ValueGeneratedNever();
            line.Property(l => l.Actual).HasPrecision(20, DeclarationLimits.TargetValueScale);
            line.Property(l => l.Projected).HasPrecision(20, DeclarationLimits.TargetValueScale);
            line.Property(l => l.ActualText).HasMaxLength(DeclarationLimits.LineText);
            line.Property(l => l.Grade).HasMaxLength(DeclarationLimits.LevelName);
            line.Property(l => l.Reason).HasMaxLength(DeclarationLimits.LineText);
            line.Property(l => l.Measure).HasMaxLength(DeclarationLimits.LineText);
        });
    }
}

internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.ToTable("ReportVersions");
        builder.HasOne<PerformanceReport>().WithMany().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        builder.HasIndex(v => v.ContentHash);
        builder.Property(v => v.Content).IsRequired();
        builder.Property(v => v.ContentHash).HasMaxLength(DeclarationVersion.HashLength).IsFixedLength().IsRequired();
        builder.Property(v => v.SubmittedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(v => v.ShortHash);
    }
}

internal sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> builder)
    {
        builder.ToTable("ReportEvents");
        builder.HasOne<PerformanceReport>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportVersion>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewSection>().WithMany().HasForeignKey(e => e.SectionId).OnDelete(DeleteBehavior.Restrict);

        // One decision per section and version, as for declarations.
        builder.HasIndex(e => new { e.VersionId, e.SectionId }).IsUnique();
        builder.HasIndex(e => e.ReportId);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActingFor).HasMaxLength(200);
        builder.Property(e => e.Opinion).HasMaxLength(ReviewWorkflow.OpinionMaxLength);
        builder.Property(e => e.UserName).HasMaxLength(256).IsRequired();
    }
}
