using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LibraryInitials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameInitials",
                table: "LibraryEntries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // Initials are Latin letters and digits: their trigrams serve LIKE '%ysh%' under any LC_CTYPE.
            migrationBuilder.Sql("CREATE INDEX \"IX_LibraryEntries_NameInitials_Trigrams\" ON \"LibraryEntries\" USING gin (\"NameInitials\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_LibraryEntries_NameInitials_Trigrams\";");
            migrationBuilder.DropColumn(
                name: "NameInitials",
                table: "LibraryEntries");
        }
    }
}
