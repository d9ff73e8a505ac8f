using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndicatorLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LibraryEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    Level1 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level2 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Nature = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Comparator = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Formula = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Basis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Sectors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Example = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryEntries_IndicatorFrameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "IndicatorFrameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibrarySettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ShareHistory = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibrarySettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_FrameworkId_Key",
                table: "LibraryEntries",
                columns: new[] { "FrameworkId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_FrameworkId_Level1_Level2",
                table: "LibraryEntries",
                columns: new[] { "FrameworkId", "Level1", "Level2" });

            // The library's search (LIKE '%…%' on the 三级 name) through trigrams. pg_trgm is a trusted
            // extension: the database's owner may create it. It sees Chinese characters only where the
            // database's LC_CTYPE classifies them as letters (C.UTF-8, zh_CN.UTF-8); under LC_CTYPE=C the
            // index yields every row and the name is checked row by row (README, 指标库).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_LibraryEntries_Name_Trigrams\" ON \"LibraryEntries\" USING gin (\"Name\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LibraryEntries");

            migrationBuilder.DropTable(
                name: "LibrarySettings");
        }
    }
}
