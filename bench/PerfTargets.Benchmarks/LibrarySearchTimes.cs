using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Data;
using PerfTargets.Data.Library;
using PerfTargets.Data.Setup;

namespace PerfTargets.Benchmarks;

/// <summary>
/// The library's search over 10,000 entries, as the API and the editor call it (LibrarySearch through
/// EF Core, a fresh context per query): the database is initialised (the seed) and filled with the seed's
/// names under 60 sector prefixes, then words of one to four characters are searched, each several times
/// after a warm-up; p50/p95/p99 with one context for all searches and with a fresh one per search, and
/// the PostgreSQL plans of a four- and a two-character word.
/// </summary>
internal static class LibrarySearchTimes
{
    private const int Target = 10_000;
    private const int Rounds = 25;

    private static readonly string[] Prefixes =
    [
        "农村", "城市", "社区", "学校", "医院", "园区", "县级", "市级", "省级", "街道", "乡镇", "重点", "专项", "年度", "季度", "应急", "公共", "基层", "网络", "数据",
        "河道", "道路", "绿化", "文化", "体育", "养老", "托育", "就业", "科技", "档案", "消防", "交通", "水务", "林业", "粮食", "税务", "统计", "审计", "司法", "信访",
        "民政", "人社", "住建", "环保", "商务", "旅游", "卫健", "教育", "退役", "残联", "妇联", "团委", "工会", "气象", "地震", "人防", "机关", "物业", "环卫", "宣传",
    ];

    private static readonly string[] Words =
        ["合格率", "满意度", "验收合格", "培训", "成本", "及时率", "系统", "垃圾", "河道治理", "人均", "覆盖率", "补助", "率", "宣传 场次", "应急 时间", "不存在的词",
         "yshg", "myd", "pxrc"];

    private static readonly string[] PlannedQueries =
    [
        "EXPLAIN ANALYZE SELECT \"Id\" FROM \"LibraryEntries\" WHERE \"Name\" LIKE '%验收合格%'",
        "EXPLAIN ANALYZE SELECT \"Id\" FROM \"LibraryEntries\" WHERE \"Name\" LIKE '%合格%'",
        "EXPLAIN ANALYZE SELECT \"Id\" FROM \"LibraryEntries\" WHERE \"NameInitials\" LIKE '%yshg%'",
    ];

    public static async Task<int> RunAsync(DatabaseSettings settings)
    {
        await FillAsync(settings);
        await using (var shared = settings.CreateContext())
        {
            Report(settings, "one context for all searches (the query alone)", await TimeAsync(() => shared, dispose: false));
        }

        Report(settings, "a fresh context per search (as a request makes one)", await TimeAsync(() => settings.CreateContext(), dispose: true));
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            await using var db = settings.CreateContext();
            foreach (var sql in PlannedQueries)
            {
                var plan = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
                Console.WriteLine("  " + sql[sql.IndexOf("LIKE", StringComparison.Ordinal)..] + ": "
                    + string.Join(" | ", plan.Where(l => l.Contains("Scan on", StringComparison.Ordinal) || l.Contains("Execution", StringComparison.Ordinal)).Select(l => l.Trim())));
            }
        }

        return 0;
    }

    private static async Task<List<double>> TimeAsync(Func<PerfTargetsDbContext> context, bool dispose)
    {
        var times = new List<double>();
        for (var round = 0; round < Rounds + 2; round++)
        {
            foreach (var word in Words)
            {
                var watch = Stopwatch.StartNew();
                var db = context();
                await new LibrarySearch(db).FindAsync(new LibraryQuery(word, StandardFrameworks.National2021));
                if (dispose)
                {
                    await db.DisposeAsync();
                }

                watch.Stop();
                if (round >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        times.Sort();
        return times;
    }

    private static void Report(DatabaseSettings settings, string how, List<double> times)
    {
        double At(double p) => times[(int)Math.Ceiling(p * times.Count) - 1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Provider}, {Target:N0} entries, {times.Count} searches ({Words.Length} words × {Rounds}), {how}: p50 {At(0.50):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms, max {times[^1]:F2} ms"));
    }

    /// <summary>Initialises the database and adds the seed's 2021 entries under sector prefixes until the library holds <see cref="Target"/>.</summary>
    private static async Task FillAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).InitializeAsync(demoMode: false);
        var missing = Target - await db.LibraryEntries.CountAsync();
        if (missing <= 0)
        {
            return;
        }

        var framework = await db.IndicatorFrameworks.AsNoTracking().SingleAsync(f => f.Code == StandardFrameworks.National2021);
        var seed = LibrarySeed.For(framework, LibrarySeed.Read()).ToList();
        db.LibraryEntries.AddRange(Prefixes.SelectMany(prefix => seed.Select(e => Prefixed(e, prefix))).Take(missing));
        await db.SaveChangesAsync();
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            // What autovacuum does in time: the GIN index's pending list merged, statistics taken.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"LibraryEntries\"");
        }
    }

    private static LibraryEntry Prefixed(LibraryEntry e, string prefix) => new()
    {
        Key = null,
        FrameworkId = e.FrameworkId,
        Level1 = e.Level1,
        Level2 = e.Level2,
        Name = prefix + e.Name,
        Nature = e.Nature,
        Unit = e.Unit,
        Comparator = e.Comparator,
        Direction = e.Direction,
        Formula = e.Formula,
        Basis = e.Basis,
        Sectors = e.Sectors,
        Example = e.Example,
        Source = e.Source,
    };
}
