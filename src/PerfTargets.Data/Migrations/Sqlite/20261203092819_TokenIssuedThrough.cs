using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TokenIssuedThrough : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IssuedThroughTokenId",
                table: "AccessTokens",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_IssuedThroughTokenId",
                table: "AccessTokens",
                column: "IssuedThroughTokenId");

            migrationBuilder.AddForeignKey(
                name: "FK_AccessTokens_AccessTokens_IssuedThroughTokenId",
                table: "AccessTokens",
                column: "IssuedThroughTokenId",
                principalTable: "AccessTokens",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AccessTokens_AccessTokens_IssuedThroughTokenId",
                table: "AccessTokens");

            migrationBuilder.DropIndex(
                name: "IX_AccessTokens_IssuedThroughTokenId",
                table: "AccessTokens");

            migrationBuilder.DropColumn(
                name: "IssuedThroughTokenId",
                table: "AccessTokens");
        }
    }
}
