using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Comparator = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Sectors = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Example = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ShareHistory = table.Column<bool>(type: "INTEGER", nullable: false)
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
