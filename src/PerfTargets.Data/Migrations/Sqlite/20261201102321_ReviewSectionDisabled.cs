using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewSectionDisabled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDisabled",
                table: "ReviewSections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsDisabled",
                table: "ReviewSections");
        }
    }
}
