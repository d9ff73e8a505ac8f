using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Setup;

namespace PerfTargets.Data.Tests.Auditing;

/// <summary>A database whose audit table refuses every new row: a change audited on it must leave nothing written.</summary>
internal static class RefusedAuditRows
{
    public static Task RefuseAuditRowsAsync(this PerfTargetsDbContext db, DatabaseProvider provider) =>
        db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.PostgreSql
            ? """
              CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION refuse_audit();
              """
            : """CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'audit refused'); END;""");
}
