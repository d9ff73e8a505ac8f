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
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    SectionId = table.Column<int>(type: "integer", nullable: true),
                    Ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DeclarationId = table.Column<int>(type: "integer", nullable: true),
                    VersionHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PreviousHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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
                name: "FilingRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BudgetYear = table.Column<int>(type: "integer", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notice = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingRounds", x => x.Id);
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
                name: "LibrarySettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ShareHistory = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibrarySettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrintSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DefaultLayout = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ResubmitRule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleSettingsRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedById = table.Column<int>(type: "integer", nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSettingsRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Seals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Owner = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Png = table.Column<byte[]>(type: "bytea", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Generated = table.Column<bool>(type: "boolean", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    MoneyUnit = table.Column<int>(type: "integer", nullable: false),
                    BudgetTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
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
                name: "RoundDepartments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingRoundId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ExtendedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundDepartments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundDepartments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundDepartments_FilingRounds_FilingRoundId",
                        column: x => x.FilingRoundId,
                        principalTable: "FilingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "LibraryEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    Level1 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level2 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameInitials = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, defaultValue: ""),
                    Nature = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Comparator = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Formula = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Basis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Sectors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Example = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    MergedIntoId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryEntries_IndicatorFrameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "IndicatorFrameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LibraryEntries_LibraryEntries_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "LibraryEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisplayName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    ReviewSectionId = table.Column<int>(type: "integer", nullable: true),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_ReviewSections_ReviewSectionId",
                        column: x => x.ReviewSectionId,
                        principalTable: "ReviewSections",
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
                    Review_AwaitingSectionId = table.Column<int>(type: "integer", nullable: true),
                    Review_ReturnedBySectionId = table.Column<int>(type: "integer", nullable: true),
                    Review_SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Review_VersionCount = table.Column<int>(type: "integer", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SupervisingDepartment = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ImplementingUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: true),
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
                    StatedBudgetLineTotals_Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    StatedBudgetLineTotals_ActualTwoYearsBefore = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    StatedBudgetLineTotals_ActualYearBefore = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_March = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_June = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_October = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DisbursementPlan_December = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MidTermStartYear = table.Column<int>(type: "integer", nullable: true),
                    MidTermEndYear = table.Column<int>(type: "integer", nullable: true),
                    MidTermGoals = table.Column<List<string>>(type: "text[]", nullable: false),
                    AnnualGoals = table.Column<List<string>>(type: "text[]", nullable: false),
                    WeightTotal = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IndicatorCount = table.Column<int>(type: "integer", nullable: false),
                    ProblemErrors = table.Column<int>(type: "integer", nullable: false),
                    ProblemWarnings = table.Column<int>(type: "integer", nullable: false),
                    ProblemsJudgedWith = table.Column<int>(type: "integer", nullable: true),
                    QuantitativeIndicatorCount = table.Column<int>(type: "integer", nullable: false),
                    Level1Weights = table.Column<string>(type: "jsonb", nullable: true)
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
                    table.ForeignKey(
                        name: "FK_Declarations_ReviewSections_Review_AwaitingSectionId",
                        column: x => x.Review_AwaitingSectionId,
                        principalTable: "ReviewSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_ReviewSections_Review_ReturnedBySectionId",
                        column: x => x.Review_ReturnedBySectionId,
                        principalTable: "ReviewSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "AccessTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ShownPrefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedThroughTokenId = table.Column<int>(type: "integer", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessTokens_AccessTokens_IssuedThroughTokenId",
                        column: x => x.IssuedThroughTokenId,
                        principalTable: "AccessTokens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Mail = table.Column<int>(type: "integer", nullable: false),
                    MailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MailError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
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
                    ActualTwoYearsBefore = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ActualYearBefore = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
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
                name: "DeclarationVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SubmittedById = table.Column<int>(type: "integer", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationVersions_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProblemAcceptances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Rule = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SectionId = table.Column<int>(type: "integer", nullable: true),
                    ActingFor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnById = table.Column<int>(type: "integer", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProblemAcceptances_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProblemAcceptances_ReviewSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "ReviewSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SectionId = table.Column<int>(type: "integer", nullable: true),
                    ActingFor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SealId = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationEvents_DeclarationVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "DeclarationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeclarationEvents_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeclarationEvents_ReviewSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "ReviewSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    DeclarationVersionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Review_AwaitingSectionId = table.Column<int>(type: "integer", nullable: true),
                    Review_ReturnedBySectionId = table.Column<int>(type: "integer", nullable: true),
                    Review_SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Review_VersionCount = table.Column<int>(type: "integer", nullable: false),
                    Funding_InitialBudget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Funding_Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Funding_Executed = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Funding_Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Funding_Measure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "Publications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedById = table.Column<int>(type: "integer", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnById = table.Column<int>(type: "integer", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    InternalFields = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Publications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Publications_DeclarationVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "DeclarationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Publications_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportLines",
                columns: table => new
                {
                    IndicatorSequence = table.Column<int>(type: "integer", nullable: false),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Actual = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    ActualText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Projected = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    WillMeet = table.Column<bool>(type: "boolean", nullable: true),
                    Grade = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Measure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SubmittedById = table.Column<int>(type: "integer", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SectionId = table.Column<int>(type: "integer", nullable: true),
                    ActingFor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SealId = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.InsertData(
                table: "AuditChainHead",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.InsertData(
                table: "PrintSettings",
                columns: new[] { "Id", "DefaultLayout" },
                values: new object[] { 1, "national" });

            migrationBuilder.InsertData(
                table: "ReviewSettings",
                columns: new[] { "Id", "ResubmitRule" },
                values: new object[] { 1, "ResumeAtReturningSection" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_IssuedThroughTokenId",
                table: "AccessTokens",
                column: "IssuedThroughTokenId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_SecretHash",
                table: "AccessTokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_UserId",
                table: "AccessTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_DepartmentId",
                table: "AspNetUsers",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ReviewSectionId",
                table: "AspNetUsers",
                column: "ReviewSectionId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_DeclarationId",
                table: "AuditEntries",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName",
                table: "AuditEntries",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetYearSettings_DefaultFrameworkId",
                table: "BudgetYearSettings",
                column: "DefaultFrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationBudgetLines_DeclarationId",
                table: "DeclarationBudgetLines",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationEvents_DeclarationId",
                table: "DeclarationEvents",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationEvents_SectionId",
                table: "DeclarationEvents",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationEvents_VersionId_SectionId",
                table: "DeclarationEvents",
                columns: new[] { "VersionId", "SectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationIndicators_DeclarationId",
                table: "DeclarationIndicators",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_AnnualFunding_Total",
                table: "Declarations",
                column: "AnnualFunding_Total");

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
                name: "IX_Declarations_ListOrder",
                table: "Declarations",
                columns: new[] { "BudgetYear", "DepartmentId", "Id" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Review_AwaitingSectionId",
                table: "Declarations",
                column: "Review_AwaitingSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Review_ReturnedBySectionId",
                table: "Declarations",
                column: "Review_ReturnedBySectionId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationSafeguards_DeclarationId",
                table: "DeclarationSafeguards",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationVersions_ContentHash",
                table: "DeclarationVersions",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationVersions_DeclarationId_Number",
                table: "DeclarationVersions",
                columns: new[] { "DeclarationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentDutyGoals_DepartmentPerformanceGoalId",
                table: "DepartmentDutyGoals",
                column: "DepartmentPerformanceGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentFundingSources_DepartmentPerformanceGoalId",
                table: "DepartmentFundingSources",
                column: "DepartmentPerformanceGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentIndicators_DepartmentPerformanceGoalId",
                table: "DepartmentIndicators",
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
                name: "IX_FilingRounds_BudgetYear",
                table: "FilingRounds",
                column: "BudgetYear",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_FrameworkId_Key",
                table: "LibraryEntries",
                columns: new[] { "FrameworkId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_FrameworkId_Level1_Level2",
                table: "LibraryEntries",
                columns: new[] { "FrameworkId", "Level1", "Level2" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_MergedIntoId",
                table: "LibraryEntries",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Mail",
                table: "Notices",
                column: "Mail");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_UserId_Key",
                table: "Notices",
                columns: new[] { "UserId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_UserId_ReadAt",
                table: "Notices",
                columns: new[] { "UserId", "ReadAt" });

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
                name: "IX_ProblemAcceptances_DeclarationId_Rule_Path",
                table: "ProblemAcceptances",
                columns: new[] { "DeclarationId", "Rule", "Path" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemAcceptances_SectionId",
                table: "ProblemAcceptances",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_DeclarationId",
                table: "Publications",
                column: "DeclarationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Publications_VersionId",
                table: "Publications",
                column: "VersionId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSections_Name",
                table: "ReviewSections",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundDepartments_DepartmentId",
                table: "RoundDepartments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundDepartments_FilingRoundId_DepartmentId",
                table: "RoundDepartments",
                columns: new[] { "FilingRoundId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuleSettingsRevisions_ChangedAt",
                table: "RuleSettingsRevisions",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Seals_Owner_OwnerId",
                table: "Seals",
                columns: new[] { "Owner", "OwnerId" });

            // The records of the review and of the reports (audit trail, frozen versions, history, seals)
            // are append-only in the database itself, not only in the application: it refuses to change
            // or remove them, whoever asks.
            migrationBuilder.Sql("""
                CREATE FUNCTION perftargets_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: rows are never updated or deleted', TG_TABLE_NAME;
                END $$;
                """);
            migrationBuilder.Sql("""CREATE TRIGGER "AuditEntries_append_only" BEFORE UPDATE OR DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "DeclarationVersions_append_only" BEFORE UPDATE OR DELETE ON "DeclarationVersions" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "DeclarationEvents_append_only" BEFORE UPDATE OR DELETE ON "DeclarationEvents" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "Seals_append_only" BEFORE UPDATE OR DELETE ON "Seals" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "ReportVersions_append_only" BEFORE UPDATE OR DELETE ON "ReportVersions" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "ReportEvents_append_only" BEFORE UPDATE OR DELETE ON "ReportEvents" FOR EACH ROW EXECUTE FUNCTION perftargets_refuse_change();""");

            // The library's search (LIKE '%…%' on the 三级 name or its pinyin initials) through trigrams.
            // pg_trgm is a trusted extension: the database's owner may create it. It sees Chinese characters
            // only where the database's LC_CTYPE classifies them as letters (C.UTF-8, zh_CN.UTF-8); under
            // LC_CTYPE=C the index yields every row and the name is checked row by row (README, 指标库).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_LibraryEntries_Name_Trigrams\" ON \"LibraryEntries\" USING gin (\"Name\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_LibraryEntries_NameInitials_Trigrams\" ON \"LibraryEntries\" USING gin (\"NameInitials\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER "DeclarationVersions_append_only" ON "DeclarationVersions";""");
            migrationBuilder.Sql("""DROP TRIGGER "DeclarationEvents_append_only" ON "DeclarationEvents";""");
            migrationBuilder.Sql("""DROP TRIGGER "Seals_append_only" ON "Seals";""");
            migrationBuilder.Sql("""DROP TRIGGER "ReportVersions_append_only" ON "ReportVersions";""");
            migrationBuilder.Sql("""DROP TRIGGER "ReportEvents_append_only" ON "ReportEvents";""");
            migrationBuilder.Sql("DROP FUNCTION perftargets_refuse_change();");
            migrationBuilder.Sql("DROP INDEX \"IX_LibraryEntries_NameInitials_Trigrams\";");
            migrationBuilder.Sql("DROP INDEX \"IX_LibraryEntries_Name_Trigrams\";");

            migrationBuilder.DropTable(
                name: "AccessTokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BudgetYearSettings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeclarationBudgetLines");

            migrationBuilder.DropTable(
                name: "DeclarationEvents");

            migrationBuilder.DropTable(
                name: "DeclarationIndicators");

            migrationBuilder.DropTable(
                name: "DeclarationSafeguards");

            migrationBuilder.DropTable(
                name: "DepartmentDutyGoals");

            migrationBuilder.DropTable(
                name: "DepartmentFundingSources");

            migrationBuilder.DropTable(
                name: "DepartmentIndicators");

            migrationBuilder.DropTable(
                name: "FrameworkLevel2s");

            migrationBuilder.DropTable(
                name: "LibraryEntries");

            migrationBuilder.DropTable(
                name: "LibrarySettings");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "PrintSettings");

            migrationBuilder.DropTable(
                name: "ProblemAcceptances");

            migrationBuilder.DropTable(
                name: "Publications");

            migrationBuilder.DropTable(
                name: "ReportEvents");

            migrationBuilder.DropTable(
                name: "ReportLines");

            migrationBuilder.DropTable(
                name: "ReviewSettings");

            migrationBuilder.DropTable(
                name: "RoundDepartments");

            migrationBuilder.DropTable(
                name: "RuleSettingsRevisions");

            migrationBuilder.DropTable(
                name: "Seals");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "DepartmentPerformanceGoals");

            migrationBuilder.DropTable(
                name: "FrameworkLevel1s");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ReportVersions");

            migrationBuilder.DropTable(
                name: "FilingRounds");

            migrationBuilder.DropTable(
                name: "PerformanceReports");

            migrationBuilder.DropTable(
                name: "DeclarationVersions");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "IndicatorFrameworks");

            migrationBuilder.DropTable(
                name: "ReviewSections");
        }
    }
}
