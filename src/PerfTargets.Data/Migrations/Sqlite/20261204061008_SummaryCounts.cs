using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SummaryCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "QuantitativeIndicatorCount",
                table: "Declarations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Plain SQL, as the 三级 count was: Nature 0 is 定量 (IndicatorNature.Quantitative).
            migrationBuilder.Sql("""
                UPDATE "Declarations" SET "QuantitativeIndicatorCount" =
                    (SELECT COUNT(*) FROM "DeclarationIndicators"
                     WHERE "DeclarationIndicators"."DeclarationId" = "Declarations"."Id" AND "DeclarationIndicators"."Nature" = 0);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_AnnualFunding_Total",
                table: "Declarations",
                column: "AnnualFunding_Total");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_AnnualFunding_Total",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "QuantitativeIndicatorCount",
                table: "Declarations");
        }
    }
}
