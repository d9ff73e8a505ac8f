using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Setup;

public class HealthAndStartupTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Liveness_and_readiness_answer_healthy(DatabaseProvider provider)
    {
        await using var app = new PerfTargetsApp(await databases.InstalledAsync(provider));
        var client = app.CreateClient();

        foreach (var path in new[] { "/health/live", "/health" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        }
    }

    [Fact]
    public async Task A_wrong_provider_ends_the_process_with_one_line_naming_the_setting()
    {
        var run = await ApplicationProcess.RunUntilExitAsync(new()
        {
            ["Database__Provider"] = "Oracle",
        });

        var line = run.OnlyLineOfFailure();
        line.ShouldContain("启动失败");
        line.ShouldContain("Database:Provider");
        line.ShouldContain("Oracle");
    }

    [Fact]
    public async Task An_unreachable_database_ends_the_process_saying_what_to_check()
    {
        // Nothing listens on port 1: the connection is refused at once.
        var run = await ApplicationProcess.RunUntilExitAsync(new()
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__PerfTargets"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3",
        });

        var line = run.OnlyLineOfFailure();
        line.ShouldContain("启动失败：无法打开数据库");
        line.ShouldContain("ConnectionStrings:PerfTargets");
    }

    [Fact]
    public async Task A_database_another_build_made_ends_the_process_saying_so_and_is_left_as_it_was()
    {
        var database = (await databases.InstalledAsync(DatabaseProvider.Sqlite)).Settings;
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "__EFMigrationsHistory" SET "MigrationId" = '20261203130524_Initial'""");
        }

        var run = await ApplicationProcess.RunUntilExitAsync(new() { ["ConnectionStrings__PerfTargets"] = database.ConnectionString });

        var line = run.OnlyLineOfFailure();
        line.ShouldContain("启动失败：数据库由另一版本的程序创建");
        line.ShouldContain("20261203130524_Initial");
        line.ShouldContain($"若是演示数据库，可删除 {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource}");
        line.ShouldNotContain("already exists");
        await using var unchanged = database.CreateContext();
        (await unchanged.Database.GetAppliedMigrationsAsync()).ShouldBe(["20261203130524_Initial"]);
    }

    [Theory]
    [InlineData("not-base64!", "不是有效的 Base64 文本")]
    [InlineData("c2hvcnQga2V5", "只有 9 字节，至少需要 32 字节")]
    public async Task A_malformed_verification_key_ends_the_process_with_one_line_naming_the_setting_but_not_the_key(string key, string reason)
    {
        var run = await ApplicationProcess.RunUntilExitAsync(new()
        {
            ["Verification__Key"] = key,
        });

        var line = run.OnlyLineOfFailure();
        line.ShouldContain("启动失败：核验配置错误：Verification:Key");
        line.ShouldContain(reason);
        line.ShouldNotContain(key);
    }

    [Fact]
    public async Task Outside_demo_mode_without_a_public_address_and_with_any_host_allowed_the_process_refuses_to_start_saying_what_to_set()
    {
        using var database = new SqliteFile();

        var run = await ApplicationProcess.RunUntilExitAsync(new()
        {
            ["ConnectionStrings__PerfTargets"] = database.ConnectionString,
            ["Verification__PublicBaseUrl"] = string.Empty,
        });

        var line = run.OnlyLineOfFailure();
        line.ShouldContain("启动失败：核验配置错误：未设置 Verification:PublicBaseUrl");
        line.ShouldContain("AllowedHosts");
        line.ShouldContain("Host 头");
    }

    [Fact]
    public async Task Outside_demo_mode_named_allowed_hosts_stand_in_for_the_public_address()
    {
        using var database = new SqliteFile();

        await using var process = await ApplicationProcess.StartAsync(new()
        {
            ["ConnectionStrings__PerfTargets"] = database.ConnectionString,
            ["Verification__PublicBaseUrl"] = string.Empty,
            ["AllowedHosts"] = "127.0.0.1;jxmb.example.gov.cn",
        });
        using var client = process.CreateClient();

        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Demo_mode_without_a_public_address_prints_marks_on_the_host_the_form_was_asked_from()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync("网络舆情综合管理");
        var filer = await app.FilerOfDepartmentAsync("224002");
        await ReviewSteps.SubmitAsync(filer, id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "同意批复。");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/declarations/{id}/pdf");
        request.Headers.Host = "jxmb.demo.test";
        var response = await filer.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PdfText.Of(await response.Content.ReadAsByteArrayAsync()).ShouldContain("https://jxmb.demo.test/verify/");
    }

    [Fact]
    public async Task A_missing_or_unusable_print_font_ends_the_process_with_one_line_naming_it()
    {
        using var database = new SqliteFile();
        var notAFont = Path.GetTempFileName();
        try
        {
            foreach (var path in new[] { "/nowhere/fangsong.ttf", notAFont })
            {
                var run = await ApplicationProcess.RunUntilExitAsync(new()
                {
                    ["ConnectionStrings__PerfTargets"] = database.ConnectionString,
                    ["Pdf__Fonts__RegularPath"] = path,
                });

                var line = run.OnlyLineOfFailure();
                line.ShouldContain("启动失败：打印字体（Pdf:Fonts）无法使用");
                line.ShouldContain(path);
            }
        }
        finally
        {
            File.Delete(notAFont);
        }
    }

    [Fact]
    public async Task Create_admin_opens_the_first_account_and_refuses_a_weak_password_or_a_second_of_the_same_name()
    {
        using var database = new SqliteFile();
        Dictionary<string, string> Environment(string password) => new()
        {
            ["ConnectionStrings__PerfTargets"] = database.ConnectionString,
            ["PERFTARGETS_ADMIN_PASSWORD"] = password,
        };

        var weak = await ApplicationProcess.RunUntilExitAsync(Environment("1234567890"), "create-admin", "--user", "boss");
        var created = await ApplicationProcess.RunUntilExitAsync(Environment("Finance-bureau-2026"), "create-admin", "--user", "boss");
        var again = await ApplicationProcess.RunUntilExitAsync(Environment("Finance-bureau-2026"), "create-admin", "--user", "boss");

        weak.ExitCode.ShouldBe(1);
        weak.Output.ShouldContain("密码容易被猜中");
        created.ExitCode.ShouldBe(0, created.Output);
        created.Output.ShouldContain("已开设管理员账户 boss");
        again.ExitCode.ShouldBe(1);
        again.Output.ShouldContain("用户名“boss”已被使用");
    }
}
