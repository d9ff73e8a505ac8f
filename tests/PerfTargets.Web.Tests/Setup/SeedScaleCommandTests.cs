using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Setup;

/// <summary>The seed-scale verb, as an operator runs it: on a demo database only, and leaving it whole.</summary>
public class SeedScaleCommandTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Fact]
    public async Task On_a_demo_database_it_adds_the_declarations_and_verify_audit_finds_everything_sound()
    {
        var demo = await databases.DemoAsync(DatabaseProvider.PostgreSql);
        // Its own checkpoint file: the default one in the test folder holds other tests' databases' checkpoints.
        var checkpoints = Path.Combine(Path.GetTempPath(), $"perftargets-seed-scale-audit-{Guid.NewGuid():N}.log");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__PerfTargets"] = demo.Settings.ConnectionString,
            ["Demo__Enabled"] = "true",
            ["Audit__CheckpointPath"] = checkpoints,
        };

        var seeded = await ApplicationProcess.RunUntilExitAsync(environment, "seed-scale", "30", "--departments", "3", "--years", "2");

        seeded.ExitCode.ShouldBe(0, seeded.Output);
        seeded.Output.ShouldContain("已添加 30 份申报表，分属 3 个单位");
        seeded.Output.ShouldContain("已批复 4 份");
        var verified = await ApplicationProcess.RunUntilExitAsync(environment, "verify-audit");
        verified.ExitCode.ShouldBe(0, verified.Output);
        verified.Output.ShouldContain("申报版本完整：13 个版本");
        File.Delete(checkpoints);
    }

    [Fact]
    public async Task Outside_demo_mode_it_refuses_and_says_why()
    {
        using var database = new SqliteFile();

        var run = await ApplicationProcess.RunUntilExitAsync(new() { ["ConnectionStrings__PerfTargets"] = database.ConnectionString }, "seed-scale", "30");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("seed-scale 只用于演示环境");
        File.Exists(database.Path).ShouldBeFalse();
    }

    [Fact]
    public async Task A_count_that_is_not_a_number_says_how_to_use_it()
    {
        var run = await ApplicationProcess.RunUntilExitAsync(new() { ["Demo__Enabled"] = "true" }, "seed-scale", "many");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("用法：seed-scale");
    }
}
