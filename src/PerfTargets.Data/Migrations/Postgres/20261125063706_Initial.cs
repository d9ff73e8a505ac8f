using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Profile_CreditCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Profile_Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Profile_Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Profile_LegalRepresentative = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Profile_FundingSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Profile_Overview = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Profile_InternalStructure = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departments_Departments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorFrameworks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorFrameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentPerformanceGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    BudgetYear = table.Column<int>(type: "integer", nullable: false),
                    OverallGoal = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Safeguards = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentPerformanceGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentPerformanceGoals_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetYearSettings",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DefaultFrameworkId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetYearSettings", x => x.Year);
                    table.ForeignKey(
                        name: "FK_BudgetYearSettings_IndicatorFrameworks_DefaultFrameworkId",
                        column: x => x.DefaultFrameworkId,
                        principalTable: "IndicatorFrameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BudgetYear = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ImplementingUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: true),
                    PeriodText = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ProjectLeader = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FilledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FilledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MoneyUnit = table.Column<int>(type: "integer", nullable: false),
                    Narrative_Overview = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_Basis = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_Necessity = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_Feasibility = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_Content = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_Plan = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_ExpectedOutcomes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_Resources = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_FundingArrangement = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_BudgetPurpose = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Narrative_OtherNotes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    MidTermFunding_Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermFunding_Fiscal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermFunding_FiscalSuperior = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermFunding_FiscalLocal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermFunding_FiscalSubordinate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermFunding_Other = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermFunding_OtherOwnFunds = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnualFunding_Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnualFunding_Fiscal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnualFunding_FiscalSuperior = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnualFunding_FiscalLocal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnualFunding_FiscalSubordinate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnualFunding_Other = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnualFunding_OtherOwnFunds = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriorYearsFunding_Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriorYearsFunding_Fiscal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriorYearsFunding_FiscalSuperior = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriorYearsFunding_FiscalLocal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriorYearsFunding_FiscalSubordinate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriorYearsFunding_Other = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriorYearsFunding_OtherOwnFunds = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_March = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_June = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_October = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_December = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermStartYear = table.Column<int>(type: "integer", nullable: true),
                    MidTermEndYear = table.Column<int>(type: "integer", nullable: true),
                    MidTermGoals = table.Column<List<string>>(type: "text[]", nullable: false),
                    AnnualGoals = table.Column<List<string>>(type: "text[]", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_IndicatorFrameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "IndicatorFrameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkLevel1s",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkLevel1s", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkLevel1s_IndicatorFrameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "IndicatorFrameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentDutyGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Duty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    DepartmentPerformanceGoalId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentDutyGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentDutyGoals_DepartmentPerformanceGoals_DepartmentPe~",
                        column: x => x.DepartmentPerformanceGoalId,
                        principalTable: "DepartmentPerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationBudgetLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    QuantityUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnitStandard = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    StandardUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationBudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationBudgetLines_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationIndicators",
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
                    MidTerm_Comparator = table.Column<int>(type: "integer", nullable: true),
                    MidTerm_Value = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    MidTerm_Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MidTerm_Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Annual_Comparator = table.Column<int>(type: "integer", nullable: true),
                    Annual_Value = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    Annual_Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Annual_Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationIndicators_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationSafeguards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DocumentName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Stages = table.Column<int>(type: "integer", nullable: false),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationSafeguards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationSafeguards_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkLevel2s",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level1Id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkLevel2s", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkLevel2s_FrameworkLevel1s_Level1Id",
                        column: x => x.Level1Id,
                        principalTable: "FrameworkLevel1s",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetYearSettings_DefaultFrameworkId",
                table: "BudgetYearSettings",
                column: "DefaultFrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationBudgetLines_DeclarationId",
                table: "DeclarationBudgetLines",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationIndicators_DeclarationId",
                table: "DeclarationIndicators",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_BudgetYear_Status",
                table: "Declarations",
                columns: new[] { "BudgetYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DepartmentId_BudgetYear_Status",
                table: "Declarations",
                columns: new[] { "DepartmentId", "BudgetYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_FrameworkId",
                table: "Declarations",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationSafeguards_DeclarationId",
                table: "DeclarationSafeguards",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentDutyGoals_DepartmentPerformanceGoalId",
                table: "DepartmentDutyGoals",
                column: "DepartmentPerformanceGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentPerformanceGoals_DepartmentId_BudgetYear",
                table: "DepartmentPerformanceGoals",
                columns: new[] { "DepartmentId", "BudgetYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Code",
                table: "Departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_ParentId",
                table: "Departments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkLevel1s_FrameworkId",
                table: "FrameworkLevel1s",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkLevel2s_Level1Id",
                table: "FrameworkLevel2s",
                column: "Level1Id");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFrameworks_Code",
                table: "IndicatorFrameworks",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetYearSettings");

            migrationBuilder.DropTable(
                name: "DeclarationBudgetLines");

            migrationBuilder.DropTable(
                name: "DeclarationIndicators");

            migrationBuilder.DropTable(
                name: "DeclarationSafeguards");

            migrationBuilder.DropTable(
                name: "DepartmentDutyGoals");

            migrationBuilder.DropTable(
                name: "FrameworkLevel2s");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "DepartmentPerformanceGoals");

            migrationBuilder.DropTable(
                name: "FrameworkLevel1s");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "IndicatorFrameworks");
        }
    }
}
