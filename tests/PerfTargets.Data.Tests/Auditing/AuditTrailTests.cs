using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Data;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Auditing;

public class AuditTrailTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly AuditActor Someone = new(7, "filer-portal", 2, null, "192.0.2.10");

    private Task<DatabaseSettings> MigratedAsync(DatabaseProvider provider) => databases.CreateMigratedAsync(provider);

    private static async Task AppendAsync(DatabaseSettings settings, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = settings.CreateContext();
            await new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).AppendAsync(AuditAction.SignedIn, Someone, detail: $"第 {i + 1} 次");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_appends_make_one_unbroken_chain(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AppendAsync(settings, 5))));

        await using var db = settings.CreateContext();
        (await new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync()).ShouldBe(new AuditVerification(true, 40, null));
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

        (await new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync()).ShouldBe(new AuditVerification(false, 2, "第 3 条的内容与其哈希不符：该条被改动，或审计密钥不是写入时的密钥。"));
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

        var verification = await new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync();

        verification.Intact.ShouldBeFalse();
        verification.Problem.ShouldBe("链尾记录为第 3 条，实际只有 2 条：最后的记录被删除或改动。");
    }

    [Fact]
    public void A_row_hash_covers_every_column()
    {
        var chain = TestKeys.AuditChain;
        var entry = chain.Next(1, AuditChain.Genesis, new DateTime(2026, 11, 25, 8, 0, 0, 123, DateTimeKind.Utc), AuditAction.Approved, Someone, 5, new string('c', 64), "第 1 版");
        var copies = new Action<AuditEntry>[]
        {
            e => e.At = e.At.AddMilliseconds(1), e => e.Action = AuditAction.Returned, e => e.UserId = 8, e => e.UserName = "x",
            e => e.DepartmentId = 3, e => e.SectionId = 1, e => e.Ip = "192.0.2.11", e => e.DeclarationId = 6,
            e => e.VersionHash = null, e => e.Detail = "第 2 版", e => e.PreviousHash = new string('1', 64), e => e.Sequence = 2,
        };

        chain.HashOf(entry).ShouldBe(entry.Hash);
        foreach (var change in copies)
        {
            var altered = chain.Next(1, AuditChain.Genesis, entry.At, entry.Action, Someone, 5, entry.VersionHash, entry.Detail);
            change(altered);
            chain.HashOf(altered).ShouldNotBe(entry.Hash);
        }
    }

    [Fact]
    public void A_row_hash_depends_on_the_key()
    {
        var at = new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);
        var other = new AuditChain(new byte[32]);

        other.Next(1, AuditChain.Genesis, at, AuditAction.SignedIn, Someone, null, null, null).Hash
            .ShouldNotBe(TestKeys.AuditChain.Next(1, AuditChain.Genesis, at, AuditAction.SignedIn, Someone, null, null, null).Hash);
        Should.Throw<ArgumentException>(() => new AuditChain(new byte[31]));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_chain_rewritten_and_rehashed_without_the_key_does_not_verify(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await AppendAsync(settings, 5);
        await using var db = settings.CreateContext();
        await DropGuardsAsync(db, provider);

        // Row 3 rewritten, and it and every later row hashed again and relinked, the head moved on:
        // what a plain hash chain could not tell from the original. Without the key, it is told.
        var forger = new AuditChain(System.Text.Encoding.UTF8.GetBytes("a key guessed by someone else 32b"));
        var rows = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var previous = rows[1].Hash;
        foreach (var row in rows.Skip(2))
        {
            var actor = new AuditActor(row.UserId, row.UserName, row.DepartmentId, row.SectionId, row.Sequence == 3 ? "198.51.100.1" : row.Ip);
            var forged = forger.Next(row.Sequence, previous, row.At, row.Action, actor, row.DeclarationId, row.VersionHash, row.Detail);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Ip" = {0}, "PreviousHash" = {1}, "Hash" = {2} WHERE "Sequence" = {3}""",
                forged.Ip!, forged.PreviousHash, forged.Hash, forged.Sequence);
            previous = forged.Hash;
        }

        await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditChainHead" SET "LastHash" = {0}""", previous);

        (await new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System).VerifyAsync())
            .ShouldBe(new AuditVerification(false, 2, "第 3 条的内容与其哈希不符：该条被改动，或审计密钥不是写入时的密钥。"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Rows_cut_from_the_end_with_the_head_rewound_are_caught_by_a_checkpoint(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await AppendAsync(settings, 5);
        await using var db = settings.CreateContext();
        var trail = new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System);
        var checkpoint = (await trail.CheckpointAsync()).ToLine();
        await DropGuardsAsync(db, provider);

        var third = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 3);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" > 3""");
        await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditChainHead" SET "LastSequence" = 3, "LastHash" = {0}""", third.Hash);

        // The database alone cannot tell: the head was rewound with the rows.
        (await trail.VerifyAsync()).Intact.ShouldBeTrue();
        (await trail.VerifyAsync([checkpoint])).ShouldBe(new AuditVerification(false, 3, "检查点记到第 5 条，现在只有 3 条：最后的记录连同链尾被删除。"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Checkpoints_hold_for_a_sound_chain_and_a_forged_one_is_refused(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await AppendAsync(settings, 2);
        await using var db = settings.CreateContext();
        var trail = new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System);
        var first = await trail.CheckpointAsync();
        await AppendAsync(settings, 2);
        var second = await trail.CheckpointAsync();

        (await trail.VerifyAsync([first.ToLine(), "", second.ToLine()])).ShouldBe(new AuditVerification(true, 4, null, 2));

        var moved = (first with { Sequence = 1 }).ToLine();
        (await trail.VerifyAsync([moved])).Problem.ShouldBe("检查点第 1 行无法读取或签名不符：检查点被改动，或审计密钥不是写入时的密钥。");
        (await trail.VerifyAsync(["not a checkpoint"])).Intact.ShouldBeFalse();
        var signedElsewhere = new AuditChain(new byte[32]).Checkpoint(second.Sequence, second.Hash, second.At).ToLine();
        (await trail.VerifyAsync([signedElsewhere])).Intact.ShouldBeFalse();
    }

    private static Task<int> DropGuardsAsync(PerfTargetsDbContext db, DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql
        ? db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries" """)
        : db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "AuditEntries_no_update"; DROP TRIGGER "AuditEntries_no_delete" """);
}
