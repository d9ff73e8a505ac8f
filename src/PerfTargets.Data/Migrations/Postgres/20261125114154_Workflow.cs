using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PerfTargets.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Review_AwaitingSectionId",
                table: "Declarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Review_ReturnedBySectionId",
                table: "Declarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Review_SubmittedAt",
                table: "Declarations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Review_VersionCount",
                table: "Declarations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.InsertData(
                table: "AuditChainHead",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.InsertData(
                table: "ReviewSettings",
                columns: new[] { "Id", "ResubmitRule" },
                values: new object[] { 1, "ResumeAtReturningSection" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Review_AwaitingSectionId",
                table: "Declarations",
                column: "Review_AwaitingSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Review_ReturnedBySectionId",
                table: "Declarations",
                column: "Review_ReturnedBySectionId");

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
                name: "IX_DeclarationVersions_DeclarationId_Number",
                table: "DeclarationVersions",
                columns: new[] { "DeclarationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Seals_Owner_OwnerId",
                table: "Seals",
                columns: new[] { "Owner", "OwnerId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Declarations_ReviewSections_Review_AwaitingSectionId",
                table: "Declarations",
                column: "Review_AwaitingSectionId",
                principalTable: "ReviewSections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Declarations_ReviewSections_Review_ReturnedBySectionId",
                table: "Declarations",
                column: "Review_ReturnedBySectionId",
                principalTable: "ReviewSections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Append-only records: the database itself refuses to change or remove them.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries";""");
            migrationBuilder.Sql("""DROP TRIGGER "DeclarationVersions_append_only" ON "DeclarationVersions";""");
            migrationBuilder.Sql("""DROP TRIGGER "DeclarationEvents_append_only" ON "DeclarationEvents";""");
            migrationBuilder.Sql("""DROP TRIGGER "Seals_append_only" ON "Seals";""");
            migrationBuilder.Sql("DROP FUNCTION perftargets_refuse_change();");

            migrationBuilder.DropForeignKey(
                name: "FK_Declarations_ReviewSections_Review_AwaitingSectionId",
                table: "Declarations");

            migrationBuilder.DropForeignKey(
                name: "FK_Declarations_ReviewSections_Review_ReturnedBySectionId",
                table: "Declarations");

            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DeclarationEvents");

            migrationBuilder.DropTable(
                name: "ReviewSettings");

            migrationBuilder.DropTable(
                name: "Seals");

            migrationBuilder.DropTable(
                name: "DeclarationVersions");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_Review_AwaitingSectionId",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_Review_ReturnedBySectionId",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "Review_AwaitingSectionId",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "Review_ReturnedBySectionId",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "Review_SubmittedAt",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "Review_VersionCount",
                table: "Declarations");
        }
    }
}
