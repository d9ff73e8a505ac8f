using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LibraryMerge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "LibraryEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_MergedIntoId",
                table: "LibraryEntries",
                column: "MergedIntoId");

            migrationBuilder.AddForeignKey(
                name: "FK_LibraryEntries_LibraryEntries_MergedIntoId",
                table: "LibraryEntries",
                column: "MergedIntoId",
                principalTable: "LibraryEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LibraryEntries_LibraryEntries_MergedIntoId",
                table: "LibraryEntries");

            migrationBuilder.DropIndex(
                name: "IX_LibraryEntries_MergedIntoId",
                table: "LibraryEntries");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "LibraryEntries");
        }
    }
}
