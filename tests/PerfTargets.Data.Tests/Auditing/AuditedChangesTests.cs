using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Departments;
using PerfTargets.Data;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Auditing;

/// <summary>An audited change commits with its audit row, or neither is written.</summary>
public class AuditedChangesTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly AuditActor Admin = new(1, "admin", null, null, "192.0.2.1");

    private Task<DatabaseSettings> MigratedAsync(DatabaseProvider provider) => databases.CreateMigratedAsync(provider);

    private static AuditedChanges Changes(PerfTargetsDbContext db) => new(db, new AuditTrail(db, TestKeys.AuditChain, TimeProvider.System));

    /// <summary>A change saved early (for its new id, as a new declaration is) and then added to by another.</summary>
    private static Func<CancellationToken, Task> AddDepartments(PerfTargetsDbContext db) => async token =>
    {
        db.Departments.Add(new Department { Code = "999001", Name = "先保存的单位" });
        await db.SaveChangesAsync(token);
        db.Departments.Add(new Department { Code = "999002", Name = "随审计记录保存的单位" });
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_change_commits_with_its_audit_row(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await using (var db = settings.CreateContext())
        {
            await Changes(db).CommitAsync(new AuditNote(AuditAction.SettingsChanged, Admin, Detail: "添加单位"), AddDepartments(db));
        }

        await using var check = settings.CreateContext();
        (await check.Departments.CountAsync(d => d.Code.StartsWith("999"))).ShouldBe(2);
        (await check.AuditEntries.SingleAsync()).Detail.ShouldBe("添加单位");
        (await new AuditTrail(check, TestKeys.AuditChain, TimeProvider.System).VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_change_whose_audit_row_fails_leaves_nothing_saved(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await using (var db = settings.CreateContext())
        {
            await db.RefuseAuditRowsAsync(provider);

            await Should.ThrowAsync<DbUpdateException>(() => Changes(db).CommitAsync(new AuditNote(AuditAction.SettingsChanged, Admin, Detail: "添加单位"), AddDepartments(db)));
        }

        await using var check = settings.CreateContext();
        (await check.Departments.CountAsync(d => d.Code.StartsWith("999"))).ShouldBe(0);
        (await check.AuditEntries.CountAsync()).ShouldBe(0);
        (await check.Database.SqlQueryRaw<long>("""SELECT "LastSequence" AS "Value" FROM "AuditChainHead" """).SingleAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_change_that_names_no_audit_row_is_abandoned(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await using (var db = settings.CreateContext())
        {
            var committed = await Changes(db).CommitAsync(async token =>
            {
                await AddDepartments(db)(token);
                return [];
            });

            committed.ShouldBeFalse();
        }

        await using var check = settings.CreateContext();
        (await check.Departments.CountAsync(d => d.Code.StartsWith("999"))).ShouldBe(0);
        (await check.Database.SqlQueryRaw<long>("""SELECT "LastSequence" AS "Value" FROM "AuditChainHead" """).SingleAsync()).ShouldBe(0);
    }
}
