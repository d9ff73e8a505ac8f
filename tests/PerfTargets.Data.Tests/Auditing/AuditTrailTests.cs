using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Auditing;

[Collection(SharedDatabases.Name)]
public class AuditTrailTests(TestDatabases databases)
{
    private static readonly AuditActor Someone = new(7, "filer-portal", 2, null, "192.0.2.10");

    private async Task<DatabaseSettings> MigratedAsync(DatabaseProvider provider)
    {
        var settings = await databases.CreateAsync(provider);
        await using var db = settings.CreateContext();
        await db.Database.MigrateAsync();
        return settings;
    }

    private static async Task AppendAsync(DatabaseSettings settings, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = settings.CreateContext();
            await new AuditTrail(db, TimeProvider.System).AppendAsync(AuditAction.SignedIn, Someone, detail: $"第 {i + 1} 次");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_appends_make_one_unbroken_chain(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AppendAsync(settings, 5))));

        await using var db = settings.CreateContext();
        (await new AuditTrail(db, TimeProvider.System).VerifyAsync()).ShouldBe(new AuditVerification(true, 40, null));
        (await db.AuditEntries.Select(e => e.Sequence).OrderBy(s => s).ToListAsync()).ShouldBe(Enumerable.Range(1, 40).Select(i => (long)i));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_database_refuses_to_update_or_delete_audit_rows(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await AppendAsync(settings, 2);
        await using var db = settings.CreateContext();

        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "UserName" = 'someone else'"""));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));
        var entry = await db.AuditEntries.FirstAsync();
        entry.Detail = "改过";
        Should.Throw<InvalidOperationException>(() => db.SaveChanges()).Message.ShouldContain("append-only");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Verification_finds_a_row_altered_behind_the_application(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await AppendAsync(settings, 5);
        await using var db = settings.CreateContext();

        // Someone with the database password drops the guard and rewrites row 3.
        var dropGuard = provider == DatabaseProvider.PostgreSql
            ? """DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries" """
            : """DROP TRIGGER "AuditEntries_no_update" """;
        await db.Database.ExecuteSqlRawAsync(dropGuard);
        await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Ip" = '198.51.100.1' WHERE "Sequence" = 3""");

        (await new AuditTrail(db, TimeProvider.System).VerifyAsync()).ShouldBe(new AuditVerification(false, 2, "第 3 条的内容与其哈希不符：该条被改动。"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Verification_finds_the_last_row_removed(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await AppendAsync(settings, 3);
        await using var db = settings.CreateContext();
        var dropGuard = provider == DatabaseProvider.PostgreSql
            ? """DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries" """
            : """DROP TRIGGER "AuditEntries_no_delete" """;
        await db.Database.ExecuteSqlRawAsync(dropGuard);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");

        var verification = await new AuditTrail(db, TimeProvider.System).VerifyAsync();

        verification.Intact.ShouldBeFalse();
        verification.Problem.ShouldBe("链尾记录为第 3 条，实际只有 2 条：最后的记录被删除或改动。");
    }

    [Fact]
    public void A_row_hash_covers_every_column()
    {
        var entry = AuditChain.Next(1, AuditChain.Genesis, new DateTime(2026, 11, 25, 8, 0, 0, 123, DateTimeKind.Utc), AuditAction.Approved, Someone, 5, new string('c', 64), "第 1 版");
        var copies = new Action<AuditEntry>[]
        {
            e => e.At = e.At.AddMilliseconds(1), e => e.Action = AuditAction.Returned, e => e.UserId = 8, e => e.UserName = "x",
            e => e.DepartmentId = 3, e => e.SectionId = 1, e => e.Ip = "192.0.2.11", e => e.DeclarationId = 6,
            e => e.VersionHash = null, e => e.Detail = "第 2 版", e => e.PreviousHash = new string('1', 64), e => e.Sequence = 2,
        };

        AuditChain.HashOf(entry).ShouldBe(entry.Hash);
        foreach (var change in copies)
        {
            var altered = AuditChain.Next(1, AuditChain.Genesis, entry.At, entry.Action, Someone, 5, entry.VersionHash, entry.Detail);
            change(altered);
            AuditChain.HashOf(altered).ShouldNotBe(entry.Hash);
        }
    }
}
