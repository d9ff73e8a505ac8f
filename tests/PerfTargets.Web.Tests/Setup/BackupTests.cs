using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Review;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Auditing;
using PerfTargets.Data.Setup;
using PerfTargets.Data.Verification;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Setup;

/// <summary>
/// The backup verb, and a restore that works: a running application's database, backed up after an
/// approval and restored into a fresh application with the keys kept beside it, still verifies its
/// approval mark and audit chain and goes on approving.
/// </summary>
public class BackupTests
{
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private const string Approved = "网络舆情综合管理";

    private static PerfTargetsApp App(SqliteFile database) =>
        new(DatabaseProvider.Sqlite.ToString(), database.ConnectionString, demoMode: true) { Settings = new Dictionary<string, string> { ["Verification:Key"] = Key } };

    [Fact]
    public async Task A_sqlite_backup_of_a_running_application_restores_into_one_that_verifies_and_goes_on()
    {
        using var database = new SqliteFile();
        using var restored = new SqliteFile();
        var backup = Path.Combine(Path.GetTempPath(), $"perftargets-backup-{Guid.NewGuid():N}.db");
        try
        {
            int pending;
            string verifyAddress;
            await using (var running = App(database))
            {
                var id = await running.DeclarationIdAsync(Approved);
                await ReviewSteps.SubmitAsync(await running.FilerOfAsync(id), id);
                await ReviewSteps.DecideAsync(await running.SignInAsync("reviewer-business"), id, "Approve", "同意。");
                await ReviewSteps.DecideAsync(await running.SignInAsync("reviewer-performance"), id, "Approve", "同意批复。");
                using (var scope = running.Services.CreateScope())
                {
                    verifyAddress = (await scope.ServiceProvider.GetRequiredService<ApprovedVersionLookup>().MarkAsync(id, new Uri("https://localhost/")))!.VerificationUrl.PathAndQuery;
                }

                pending = await AnotherDeclarationWithoutErrorsAsync(running, id);
                (await ReviewSteps.SubmitAsync(await running.FilerOfAsync(pending), pending)).StatusCode.ShouldBe(HttpStatusCode.OK);

                // While the application runs, as a nightly job would.
                var run = await ApplicationProcess.RunUntilExitAsync(new() { ["ConnectionStrings__PerfTargets"] = database.ConnectionString }, "backup", "--out", backup);
                run.ExitCode.ShouldBe(0, run.Output);
                run.Output.ShouldContain($"到 {backup}");
            }

            // Restore: the application stopped, the file copied back (here: into a fresh place).
            File.Copy(backup, restored.Path);
            await using var app = App(restored);

            var verdict = await (await app.CreateClient().GetAsync(verifyAddress)).Content.ReadAsStringAsync();
            verdict.ShouldContain("核验码一致");
            await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), pending, "Approve", "恢复后审核：同意。");
            (await app.QueryAsync(db => db.DeclarationEvents.CountAsync(e => e.DeclarationId == pending && e.Kind == DeclarationEventKind.Approved))).ShouldBe(1);
            using var check = app.Services.CreateScope();
            (await check.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync()).Intact.ShouldBeTrue();
        }
        finally
        {
            File.Delete(backup);
        }
    }

    [Fact]
    public async Task Without_pg_dump_on_the_path_the_backup_prints_the_command_to_run_and_fails()
    {
        var run = await ApplicationProcess.RunUntilExitAsync(
            new()
            {
                ["Database__Provider"] = "PostgreSQL",
                ["ConnectionStrings__PerfTargets"] = "Host=db.example;Port=5433;Database=perftargets;Username=perf;Password=secret-pw",
                ["PATH"] = "/nonexistent",
            },
            "backup", "--out", "/tmp/perftargets.dump");

        run.ExitCode.ShouldBe(3);
        run.Output.ShouldContain("PGPASSWORD='…' pg_dump --format=custom --file=/tmp/perftargets.dump --host=db.example --port=5433 --username=perf --dbname=perftargets");
        run.Output.ShouldNotContain("secret-pw");
    }

    [Fact]
    public async Task Without_out_the_backup_says_how_to_use_it()
    {
        var run = await ApplicationProcess.RunUntilExitAsync([], "backup");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("用法：backup --out");
    }

    /// <summary>A demo declaration other than <paramref name="except"/> that the rules find no error in, so that it can be submitted.</summary>
    private static Task<int> AnotherDeclarationWithoutErrorsAsync(PerfTargetsApp app, int except) => app.QueryAsync(async db =>
    {
        var frameworks = await db.IndicatorFrameworks.AsNoTracking().ToListAsync();
        var declarations = await db.Declarations.AsNoTracking().Where(d => d.Id != except).OrderBy(d => d.Id).ToListAsync();
        return declarations.First(d => DeclarationCheck.Problems(d, frameworks.Single(f => f.Id == d.FrameworkId)).All(p => !p.IsError)).Id;
    });
}
