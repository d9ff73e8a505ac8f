using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportRecordTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A report's frozen versions and 流转记录 are records, as a declaration's are (Initial): the
            // database refuses to change or remove them, whoever asks.
            migrationBuilder.Sql("""CREATE TRIGGER "ReportVersions_append_only" BEFORE UPDATE OR DELETE ON "ReportVersions" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "ReportEvents_append_only" BEFORE UPDATE OR DELETE ON "ReportEvents" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "ReportVersions_append_only" ON "ReportVersions";""");
            migrationBuilder.Sql("""DROP TRIGGER "ReportEvents_append_only" ON "ReportEvents";""");
        }
    }
}
