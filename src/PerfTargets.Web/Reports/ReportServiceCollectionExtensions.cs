using PerfTargets.Core.Reports;

namespace PerfTargets.Web.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>The settings section of 运行监控 and 自评.</summary>
    public const string Section = "Reports";

    /// <summary>
    /// <see cref="ReportSettings"/> from the "Reports" section. A list given there replaces the default
    /// list (the configuration binder would otherwise add to it); what is not given keeps its default.
    /// </summary>
    public static IServiceCollection AddPerfTargetsReports(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var settings = new ReportSettings();
        settings.SpendingLagThreshold = section.GetValue(nameof(ReportSettings.SpendingLagThreshold), settings.SpendingLagThreshold);
        settings.FundingPoints = section.GetValue(nameof(ReportSettings.FundingPoints), settings.FundingPoints);
        settings.OtherLevel1Points = section.GetValue(nameof(ReportSettings.OtherLevel1Points), settings.OtherLevel1Points);
        settings.MonitoringPeriods = ListOr(section, nameof(ReportSettings.MonitoringPeriods), settings.MonitoringPeriods);
        settings.QualitativeGrades = ListOr(section, nameof(ReportSettings.QualitativeGrades), settings.QualitativeGrades);
        settings.ScoreGrades = ListOr(section, nameof(ReportSettings.ScoreGrades), settings.ScoreGrades);
        settings.DefaultLevel1Points = ListOr(section, nameof(ReportSettings.DefaultLevel1Points), settings.DefaultLevel1Points);
        return services.AddSingleton(settings);
    }

    private static List<T> ListOr<T>(IConfigurationSection section, string key, List<T> defaults) =>
        section.GetSection(key).Exists() ? section.GetSection(key).Get<List<T>>() ?? defaults : defaults;
}
