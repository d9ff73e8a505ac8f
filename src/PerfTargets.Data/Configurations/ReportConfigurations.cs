using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.OwnsOne(r => r.Review, WorkflowMapping.MapPosition);
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
        WorkflowMapping.MapVersion(builder);
    }
}

internal sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> builder)
    {
        builder.ToTable("ReportEvents");
        builder.HasOne<PerformanceReport>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.ReportId);
        WorkflowMapping.MapEvent<ReportEvent, ReportVersion>(builder);
    }
}
