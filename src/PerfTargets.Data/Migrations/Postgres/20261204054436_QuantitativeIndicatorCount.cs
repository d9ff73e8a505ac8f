using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuantitativeIndicatorCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "QuantitativeIndicatorCount",
                table: "Declarations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Plain SQL, as the 三级 count was: Nature 0 is 定量 (IndicatorNature.Quantitative).
            migrationBuilder.Sql("""
                UPDATE "Declarations" SET "QuantitativeIndicatorCount" =
                    (SELECT COUNT(*) FROM "DeclarationIndicators"
                     WHERE "DeclarationIndicators"."DeclarationId" = "Declarations"."Id" AND "DeclarationIndicators"."Nature" = 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "QuantitativeIndicatorCount",
                table: "Declarations");
        }
    }
}
