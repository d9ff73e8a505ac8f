using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PerformanceReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Review_AwaitingSectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Review_ReturnedBySectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Review_SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Review_VersionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Funding_InitialBudget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Funding_Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Funding_Executed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Funding_Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Funding_Measure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceReports_DeclarationVersions_DeclarationVersionId",
                        column: x => x.DeclarationVersionId,
                        principalTable: "DeclarationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceReports_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceReports_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceReports_ReviewSections_Review_AwaitingSectionId",
                        column: x => x.Review_AwaitingSectionId,
                        principalTable: "ReviewSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceReports_ReviewSections_Review_ReturnedBySectionId",
                        column: x => x.Review_ReturnedBySectionId,
                        principalTable: "ReviewSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportLines",
                columns: table => new
                {
                    IndicatorSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    ActualText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Projected = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    WillMeet = table.Column<bool>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportLines", x => new { x.ReportId, x.IndicatorSequence });
                    table.ForeignKey(
                        name: "FK_ReportLines_PerformanceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "PerformanceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    SubmittedById = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportVersions_PerformanceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "PerformanceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActingFor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SealId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportEvents_PerformanceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "PerformanceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportEvents_ReportVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportEvents_ReviewSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "ReviewSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceReports_DeclarationId_Kind_AsOf",
                table: "PerformanceReports",
                columns: new[] { "DeclarationId", "Kind", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceReports_DeclarationVersionId",
                table: "PerformanceReports",
                column: "DeclarationVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceReports_DepartmentId",
                table: "PerformanceReports",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceReports_Review_AwaitingSectionId",
                table: "PerformanceReports",
                column: "Review_AwaitingSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceReports_Review_ReturnedBySectionId",
                table: "PerformanceReports",
                column: "Review_ReturnedBySectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEvents_ReportId",
                table: "ReportEvents",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEvents_SectionId",
                table: "ReportEvents",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEvents_VersionId_SectionId",
                table: "ReportEvents",
                columns: new[] { "VersionId", "SectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_ContentHash",
                table: "ReportVersions",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_ReportId_Number",
                table: "ReportVersions",
                columns: new[] { "ReportId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportEvents");

            migrationBuilder.DropTable(
                name: "ReportLines");

            migrationBuilder.DropTable(
                name: "ReportVersions");

            migrationBuilder.DropTable(
                name: "PerformanceReports");
        }
    }
}
