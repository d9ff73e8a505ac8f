using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RealFormFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "BudgetTotal",
                table: "DepartmentPerformanceGoals",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MoneyUnit",
                table: "DepartmentPerformanceGoals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "Declarations",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "Level1Weights",
                table: "Declarations",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StatedBudgetLineTotals_ActualTwoYearsBefore",
                table: "Declarations",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StatedBudgetLineTotals_ActualYearBefore",
                table: "Declarations",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StatedBudgetLineTotals_Amount",
                table: "Declarations",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupervisingDepartment",
                table: "Declarations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "WeightTotal",
                table: "Declarations",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Direction",
                table: "DeclarationIndicators",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotApplicable",
                table: "DeclarationIndicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ScoringStandard",
                table: "DeclarationIndicators",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Weight",
                table: "DeclarationIndicators",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ActualTwoYearsBefore",
                table: "DeclarationBudgetLines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ActualYearBefore",
                table: "DeclarationBudgetLines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DepartmentFundingSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DepartmentPerformanceGoalId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentFundingSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentFundingSources_DepartmentPerformanceGoals_Departm~",
                        column: x => x.DepartmentPerformanceGoalId,
                        principalTable: "DepartmentPerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Level1 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level2 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Nature = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Basis = table.Column<int>(type: "integer", nullable: true),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Weight = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Direction = table.Column<int>(type: "integer", nullable: true),
                    ScoringStandard = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NotApplicable = table.Column<bool>(type: "boolean", nullable: false),
                    MidTerm_Comparator = table.Column<int>(type: "integer", nullable: true),
                    MidTerm_Value = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    MidTerm_Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MidTerm_Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Annual_Comparator = table.Column<int>(type: "integer", nullable: true),
                    Annual_Value = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    Annual_Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Annual_Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DepartmentPerformanceGoalId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentIndicators_DepartmentPerformanceGoals_DepartmentP~",
                        column: x => x.DepartmentPerformanceGoalId,
                        principalTable: "DepartmentPerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentFundingSources_DepartmentPerformanceGoalId",
                table: "DepartmentFundingSources",
                column: "DepartmentPerformanceGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentIndicators_DepartmentPerformanceGoalId",
                table: "DepartmentIndicators",
                column: "DepartmentPerformanceGoalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DepartmentFundingSources");

            migrationBuilder.DropTable(
                name: "DepartmentIndicators");

            migrationBuilder.DropColumn(
                name: "BudgetTotal",
                table: "DepartmentPerformanceGoals");

            migrationBuilder.DropColumn(
                name: "MoneyUnit",
                table: "DepartmentPerformanceGoals");

            migrationBuilder.DropColumn(
                name: "Level1Weights",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "StatedBudgetLineTotals_ActualTwoYearsBefore",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "StatedBudgetLineTotals_ActualYearBefore",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "StatedBudgetLineTotals_Amount",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "SupervisingDepartment",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "WeightTotal",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "DeclarationIndicators");

            migrationBuilder.DropColumn(
                name: "NotApplicable",
                table: "DeclarationIndicators");

            migrationBuilder.DropColumn(
                name: "ScoringStandard",
                table: "DeclarationIndicators");

            migrationBuilder.DropColumn(
                name: "Weight",
                table: "DeclarationIndicators");

            migrationBuilder.DropColumn(
                name: "ActualTwoYearsBefore",
                table: "DeclarationBudgetLines");

            migrationBuilder.DropColumn(
                name: "ActualYearBefore",
                table: "DeclarationBudgetLines");

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "Declarations",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
