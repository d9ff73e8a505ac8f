using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
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
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MoneyUnit",
                table: "DepartmentPerformanceGoals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "Declarations",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "Level1Weights",
                table: "Declarations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StatedBudgetLineTotals_ActualTwoYearsBefore",
                table: "Declarations",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StatedBudgetLineTotals_ActualYearBefore",
                table: "Declarations",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StatedBudgetLineTotals_Amount",
                table: "Declarations",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupervisingDepartment",
                table: "Declarations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "WeightTotal",
                table: "Declarations",
                type: "TEXT",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Direction",
                table: "DeclarationIndicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotApplicable",
                table: "DeclarationIndicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ScoringStandard",
                table: "DeclarationIndicators",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Weight",
                table: "DeclarationIndicators",
                type: "TEXT",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ActualTwoYearsBefore",
                table: "DeclarationBudgetLines",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ActualYearBefore",
                table: "DeclarationBudgetLines",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DepartmentFundingSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DepartmentPerformanceGoalId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentFundingSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentFundingSources_DepartmentPerformanceGoals_DepartmentPerformanceGoalId",
                        column: x => x.DepartmentPerformanceGoalId,
                        principalTable: "DepartmentPerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Nature = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Basis = table.Column<int>(type: "INTEGER", nullable: true),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    Direction = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoringStandard = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    MidTerm_Comparator = table.Column<int>(type: "INTEGER", nullable: true),
                    MidTerm_Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    MidTerm_Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MidTerm_Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Annual_Comparator = table.Column<int>(type: "INTEGER", nullable: true),
                    Annual_Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Annual_Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Annual_Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DepartmentPerformanceGoalId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentIndicators_DepartmentPerformanceGoals_DepartmentPerformanceGoalId",
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
