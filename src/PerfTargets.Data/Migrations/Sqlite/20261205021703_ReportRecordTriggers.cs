using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportRecordTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A report's frozen versions and 流转记录 are records, as a declaration's are (Initial): the
            // database refuses to change or remove them, whoever asks.
            migrationBuilder.Sql("""CREATE TRIGGER "ReportVersions_no_update" BEFORE UPDATE ON "ReportVersions" BEGIN SELECT RAISE(ABORT, 'ReportVersions is append-only: rows are never updated or deleted'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "ReportVersions_no_delete" BEFORE DELETE ON "ReportVersions" BEGIN SELECT RAISE(ABORT, 'ReportVersions is append-only: rows are never updated or deleted'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "ReportEvents_no_update" BEFORE UPDATE ON "ReportEvents" BEGIN SELECT RAISE(ABORT, 'ReportEvents is append-only: rows are never updated or deleted'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "ReportEvents_no_delete" BEFORE DELETE ON "ReportEvents" BEGIN SELECT RAISE(ABORT, 'ReportEvents is append-only: rows are never updated or deleted'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "ReportVersions_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER "ReportVersions_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "ReportEvents_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER "ReportEvents_no_delete";""");
        }
    }
}
