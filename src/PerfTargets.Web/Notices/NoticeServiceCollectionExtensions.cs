using Microsoft.Data.Sqlite;
using Npgsql;
using PerfTargets.Data.Setup;
using Quartz;

namespace PerfTargets.Web.Notices;

public static class NoticeServiceCollectionExtensions
{
    /// <summary>
    /// Notices, mail and the reminder job. The job's schedule lives in Quartz's tables in our own
    /// database, reached through the same connection settings.
    /// </summary>
    public static IServiceCollection AddPerfTargetsReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailSettings>(configuration.GetSection(MailSettings.Section));
        services.Configure<ReminderSettings>(configuration.GetSection(ReminderSettings.Section));
        services.AddScoped<MailSender>();
        services.AddScoped<ReminderSweep>();
        services.AddSingleton<ReminderTrigger>();
        services.AddSingleton<UnreadNoticeCounts>();
        var reminders = configuration.GetSection(ReminderSettings.Section).Get<ReminderSettings>() ?? new ReminderSettings();
        if (!reminders.Enabled)
        {
            return services;
        }

        services.AddQuartz(quartz =>
        {
            quartz.AddJob<ReminderJob>(job => job.WithIdentity(ReminderJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(ReminderJob.Key).WithIdentity("reminders-every", "perftargets").StartNow()
                .WithSimpleSchedule(every => every.WithInterval(TimeSpan.FromMinutes(Math.Max(1, reminders.IntervalMinutes))).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                // Quartz creates the tables of its installed version (QRTZ_*) beside ours when they are missing.
                store.ProvisionSchema();
                // A wrong provider word is reported by the database's start-up, before the scheduler starts.
                if (DatabaseSettings.ProviderNamed(configuration[DatabaseSettings.ProviderKey]) == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(source => source.DataSourceFactory = sp => NpgsqlDataSource.Create(sp.GetRequiredService<DatabaseSettings>().ConnectionString));
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(sp.GetRequiredService<DatabaseSettings>().ConnectionString));
                }
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
