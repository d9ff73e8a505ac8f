using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoredProblemCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IndicatorCount",
                table: "Declarations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProblemErrors",
                table: "Declarations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProblemWarnings",
                table: "Declarations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProblemsJudgedWith",
                table: "Declarations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_ListOrder",
                table: "Declarations",
                columns: new[] { "BudgetYear", "DepartmentId", "Id" },
                descending: new[] { true, false, false });

            // The 三级 count is plain SQL; the problem counts need the rules, so they stay unjudged
            // (ProblemsJudgedWith null) until a list reads them or `recount-problems` runs.
            migrationBuilder.Sql("""
                UPDATE "Declarations" SET "IndicatorCount" =
                    (SELECT COUNT(*) FROM "DeclarationIndicators" WHERE "DeclarationIndicators"."DeclarationId" = "Declarations"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_ListOrder",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "IndicatorCount",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "ProblemErrors",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "ProblemWarnings",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "ProblemsJudgedWith",
                table: "Declarations");
        }
    }
}
