using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfTargets.Data.Migrations.Sqlite
{
    /// <summary>
    /// R09, R18 and R20 find more than they did: the stored problem counts of drafts were judged by
    /// the old rules, so they are marked unjudged and the start-up recount judges them again. (A
    /// submitted declaration keeps the verdict it was submitted with.) Every release that changes
    /// what a rule reports adds a migration like this one.
    /// </summary>
    public partial class RejudgeDraftsAfterRuleChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Declarations" SET "ProblemsJudgedWith" = NULL WHERE "Status" = 0;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Counts judged by the newer rules are as good as none for the older ones: judged again the same way.
            migrationBuilder.Sql("""UPDATE "Declarations" SET "ProblemsJudgedWith" = NULL WHERE "Status" = 0;""");
        }
    }
}
