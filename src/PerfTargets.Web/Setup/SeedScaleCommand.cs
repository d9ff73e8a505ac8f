using System.Diagnostics;
using System.Globalization;
using PerfTargets.Data.DemoData;
using PerfTargets.Data.Setup;

namespace PerfTargets.Web.Setup;

/// <summary>
/// <c>seed-scale [N] [--departments 50] [--years 3]</c>, in demo mode only: adds N declarations
/// (10,000 by default) of the scale demo (规模演示数据, <see cref="ScaleSeeder"/>) over that many units
/// and budget years (the last ones up to next year), so that pages can be measured at a province's
/// scale (bench/scale-load.sh). Run again, it adds N more on the same units. Exit code 0 when all
/// were written, 2 for a wrong option or a database that is not a demo one, 1 when writing failed.
/// </summary>
internal static class SeedScaleCommand
{
    public const string Verb = "seed-scale";

    private const int DefaultCount = 10_000;

    private const int MaxCount = 1_000_000;

    private const int DefaultUnits = 50;

    private const int DefaultYears = 3;

    private const int MaxYears = 10;

    private const string Usage = "用法：seed-scale [份数，默认 10000] [--departments 单位数，默认 50] [--years 预算年度数，默认 3]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (!services.GetRequiredService<IConfiguration>().GetValue<bool>(DatabaseStartup.DemoModeKey))
        {
            await Console.Error.WriteLineAsync("seed-scale 只用于演示环境：它向数据库写入成千上万份虚构的申报表。请在 Development 环境（dotnet run）下运行，或设置 Demo__Enabled=true。");
            return 2;
        }

        var count = Number(args is [var first, ..] && !first.StartsWith("--", StringComparison.Ordinal) ? first : null, DefaultCount, MaxCount);
        var units = Number(CommandOptions.Value(args, "--departments"), DefaultUnits, ScaleUnits.MaxCount);
        var yearCount = Number(CommandOptions.Value(args, "--years"), DefaultYears, MaxYears);
        if (count is null || units is null || yearCount is null)
        {
            await Console.Error.WriteLineAsync($"{Usage}。份数 1–{MaxCount}，单位数 1–{ScaleUnits.MaxCount}，预算年度数 1–{MaxYears}。");
            return 2;
        }

        var nextYear = services.GetRequiredService<TimeProvider>().GetLocalNow().Year + 1;
        var years = Enumerable.Range(nextYear - yearCount.Value + 1, yearCount.Value).ToList();
        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider);
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<ScaleSeeder>>();
        var clock = Stopwatch.StartNew();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demoMode: true);
            if (await seeder.RefusalAsync() is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return 2;
            }

            await seeder.PrepareAsync(units.Value, years);
            await DemoSeals.AddMissingAsync(scope.ServiceProvider, logger, CancellationToken.None);
            await Console.Out.WriteLineAsync($"已备好 {units} 个单位及其填报人账户和印章（{clock.Elapsed.TotalSeconds:0} 秒）");
            var states = await seeder.AddDeclarationsAsync(count.Value, units.Value, years, done =>
            {
                if (done % 1000 == 0 || done == count)
                {
                    Console.WriteLine($"已写入 {done}/{count} 份（{clock.Elapsed.TotalSeconds:0} 秒）");
                }
            });
            await Console.Out.WriteLineAsync(Summary(count.Value, units.Value, years, states, clock.Elapsed));
            return 0;
        }
        catch (Exception e) when (e is DatabaseConfigurationException or System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"规模演示数据未写完（已写入的每批完整保留）：{e.GetBaseException().Message}");
            return 1;
        }
    }

    /// <summary>The number given, the default when none is, or null when it is not a whole number from 1 to <paramref name="max"/>.</summary>
    private static int? Number(string? text, int fallback, int max) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max ? value
        : null;

    private static string Summary(int count, int units, List<int> years, IReadOnlyDictionary<ScaleState, int> states, TimeSpan elapsed)
    {
        int Of(params ScaleState[] wanted) => wanted.Sum(s => states.GetValueOrDefault(s));
        return $"已添加 {count} 份申报表，分属 {units} 个单位（{ScaleUnits.Name(0)}等）、{years.Count} 个预算年度（{years[0]}–{years[^1]}），用时 {elapsed.TotalSeconds:0} 秒：" +
            $"草稿 {Of(ScaleState.Draft, ScaleState.DraftWithErrors)} 份（其中有错误 {Of(ScaleState.DraftWithErrors)} 份），" +
            $"已退回 {Of(ScaleState.ReturnedByFirst, ScaleState.ReturnedBySecond)} 份，待审 {Of(ScaleState.Submitted, ScaleState.PartlyApproved)} 份，" +
            $"已批复 {Of(ScaleState.Approved, ScaleState.ApprovedOnResubmission)} 份。" +
            $"填报人账户 {ScaleUnits.FilerUserName(0)} 至 {ScaleUnits.FilerUserName(units - 1)}，密码与演示账户相同。";
    }
}
