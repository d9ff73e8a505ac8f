using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameInitials",
                table: "LibraryEntries");
        }
    }
}
