using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Data;
using PerfTargets.Data.Accounts;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Account;

public class AccountTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    private static HttpClient Anonymous(PerfTargetsApp app, bool follow = false) =>
        app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = follow });

    /// <summary>What every failed sign-in is told, whatever the reason.</summary>
    private const string Refused = "用户名或密码错误，或账户已停用或被暂时锁定。请稍后再试，或联系管理员。";

    private static async Task<string> TryLoginAsync(PerfTargetsApp app, HttpClient client, string user, string password) =>
        await (await PostLoginAsync(client, user, password)).Content.ReadAsStringAsync();

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password)
    {
        var form = await PageForm.LoadAsync(client, "/account/login");
        return await form.Set("UserName", user).Set("Password", password).PostAsync();
    }

    /// <summary>The application's password hasher, counting the hashes it checks.</summary>
    private sealed class CountingHasher : Microsoft.AspNetCore.Identity.PasswordHasher<PerfTargetsUser>
    {
        public int Checks { get; private set; }

        public override Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(PerfTargetsUser user, string hashedPassword, string providedPassword)
        {
            Checks++;
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Theory]
    [InlineData("/declarations")]
    [InlineData("/declarations/1")]
    [InlineData("/declarations/1/edit")]
    [InlineData("/admin/users")]
    public async Task Pages_lead_anonymous_visitors_to_sign_in(string path)
    {
        var app = shared.App;

        var response = await Anonymous(app).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task The_api_answers_401_and_health_stays_open()
    {
        var app = shared.App;
        var client = Anonymous(app);

        (await client.PostAsync("/api/declarations/validate", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_secure_and_same_site()
    {
        var app = shared.App;
        var client = Anonymous(app);
        var form = await PageForm.LoadAsync(client, "/account/login");

        var response = await form.Set("UserName", "admin").Set("Password", DemoAccounts.Password).PostAsync();

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PerfTargets.Session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var app = shared.App;

        var response = await Anonymous(app, follow: true).GetAsync("/account/login");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_fifth_locks_the_account_which_is_told_as_any_failure()
    {
        // Sign-ins from many addresses (the test's share one): the address limit is not what is tested here.
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite))
        {
            Settings = new Dictionary<string, string> { ["Security:FailedSignInsPerMinute"] = "50" },
        };
        var client = Anonymous(app, follow: true);

        for (var i = 0; i < 5; i++)
        {
            (await TryLoginAsync(app, client, "filer-suzhou", "wrong-password")).ShouldContain(Refused);
        }

        (await app.QueryAsync(db => db.Users.Where(u => u.UserName == "filer-suzhou").Select(u => u.LockoutEnd).SingleAsync())).ShouldNotBeNull();
        var locked = await TryLoginAsync(app, client, "filer-suzhou", DemoAccounts.Password);
        locked.ShouldContain(Refused);
        locked.ShouldNotContain("锁定 15 分钟");
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Detail == "账户锁定中"))).ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_disabled_or_locked_account_costs_a_hash_check_and_gets_the_same_answer_as_a_wrong_password()
    {
        var hasher = new CountingHasher();
        await using var plain = await databases.DemoAppAsync();
        await using var app = plain.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<PerfTargetsUser>>(hasher)));
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfTargetsDbContext>();
            await db.Users.Where(u => u.UserName == "filer-lusong").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
            await db.Users.Where(u => u.UserName == "filer-portal").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10)));
        }

        foreach (var name in new[] { "nobody", "filer-lusong", "filer-portal", "filer-suzhou" })
        {
            var before = hasher.Checks;
            var html = await (await PostLoginAsync(client, name, "whatever-it-is")).Content.ReadAsStringAsync();
            html.ShouldContain(Refused, customMessage: name);
            (hasher.Checks - before).ShouldBe(1, name);
        }
    }

    [Fact]
    public async Task A_strangers_address_is_throttled_before_the_account_locks_and_unknown_names_count_too()
    {
        await using var app = await databases.DemoAppAsync();
        var stranger = Anonymous(app, follow: true);

        for (var i = 0; i < 3; i++)
        {
            (await PostLoginAsync(stranger, "admin", "guess-" + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await PostLoginAsync(stranger, "no-such-account", "guess")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var throttled = await PostLoginAsync(stranger, "admin", "guess-5");
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter.ShouldNotBeNull();
        (await throttled.Content.ReadAsStringAsync()).ShouldContain("此地址登录失败次数过多，请一分钟后再试。");
        (await PostLoginAsync(stranger, "admin", DemoAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        var admin = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => new { u.AccessFailedCount, u.LockoutEnd }).SingleAsync());
        admin.AccessFailedCount.ShouldBe(3);
        admin.LockoutEnd.ShouldBeNull();
    }

    [Fact]
    public async Task A_disabled_account_loses_its_session_at_the_next_request_and_cannot_sign_in()
    {
        await using var app = await databases.DemoAppAsync();
        var filer = await app.SignInAsync("filer-suzhou");
        (await filer.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/declarations");
        var admin = await app.AdminAsync();
        var id = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "filer-suzhou").Select(u => u.Id).SingleAsync());

        var form = await PageForm.LoadAsync(admin, "/admin/users", $"main form[action*='handler=Disable'][action*='id={id}']");
        (await (await form.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("已停用 filer-suzhou");

        (await filer.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
        (await TryLoginAsync(app, Anonymous(app, follow: true), "filer-suzhou", DemoAccounts.Password)).ShouldContain(Refused);
    }

    [Theory]
    [InlineData("short1", "密码至少 10 个字符。")]
    [InlineData("1234567890", "含有连续的字母或数字")]
    [InlineData("password1234", "密码过于常见")]
    [InlineData("aaaaaaaaaa", "重复的字符")]
    [InlineData("1q2w3e4r5t", "密码过于常见")]
    [InlineData("qwerty1234", "密码过于常见")]
    [InlineData("1qaz2wsx3edc", "密码过于常见")]
    [InlineData("asdfghjkl;'", "含有键盘上连续的字符")]
    [InlineData("woaini1314520", "常见的拼音或数字组合（如 woaini、1314、520）")]
    [InlineData("wangyiming123", "常见的拼音或数字组合")]
    [InlineData("zhang19880808", "常见的拼音或数字组合")]
    [InlineData("filer-suzhou-2026", "密码不能含有您的用户名或姓名。")]
    [InlineData("宿州填报人的密码是这个", "密码不能含有您的用户名或姓名。")]
    public async Task A_new_password_is_held_to_the_policy_and_told_why_not(string password, string message)
    {
        var app = shared.App;
        var client = await app.SignInAsync("filer-suzhou");

        var form = await PageForm.LoadAsync(client, "/account/password");
        var html = await (await form.Set("Current", DemoAccounts.Password).Set("New", password).Set("Confirm", password).PostAsync()).Content.ReadAsStringAsync();

        html.ShouldContain(message);
        html.ShouldNotContain("密码已修改");
    }

    [Theory]
    [InlineData("Asvs")]
    [InlineData("Dengbao")]
    public async Task A_passphrase_is_accepted_under_either_policy_and_dengbao_refuses_a_weak_one_of_three_classes(string policy)
    {
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite))
        {
            Settings = new Dictionary<string, string> { ["Security:PasswordPolicy"] = policy },
        };
        var client = await app.SignInAsync("filer-suzhou");

        var weak = await PageForm.LoadAsync(client, "/account/password");
        (await (await weak.Set("Current", DemoAccounts.Password).Set("New", "Password1!").Set("Confirm", "Password1!").PostAsync()).Content.ReadAsStringAsync())
            .ShouldContain("密码过于常见");
        var good = await PageForm.LoadAsync(client, "/account/password");
        (await (await good.Set("Current", DemoAccounts.Password).Set("New", "Lantern-orchard-Quietly-7").Set("Confirm", "Lantern-orchard-Quietly-7").PostAsync()).Content.ReadAsStringAsync())
            .ShouldContain("密码已修改");
    }

    [Fact]
    public async Task A_changed_password_signs_in_and_keeps_the_session()
    {
        await using var app = await databases.DemoAppAsync();
        var client = await app.SignInAsync("filer-suzhou");

        var form = await PageForm.LoadAsync(client, "/account/password");
        (await (await form.Set("Current", DemoAccounts.Password).Set("New", "宿州-绩效-2026").Set("Confirm", "宿州-绩效-2026").PostAsync()).Content.ReadAsStringAsync()).ShouldContain("密码已修改");

        (await client.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/declarations");
        await app.SignInAsync("filer-suzhou", "宿州-绩效-2026");
    }

    [Fact]
    public async Task An_account_the_admin_opens_must_set_its_own_password_first()
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var department = await app.QueryAsync(db => db.Departments.Where(d => d.Code == "224002").Select(d => d.Id).SingleAsync());

        var form = await PageForm.LoadAsync(admin, "/admin/users", "main form[action*='handler=Create']");
        var html = await (await form.Set("Input.UserName", "new-filer").Set("Input.DisplayName", "新填报人").Set("Input.Role", "Filer")
            .Set("Input.DepartmentId", department.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("Input.Password", "Initial-pass-2026").PostAsync()).Content.ReadAsStringAsync();
        html.ShouldContain("已开设账户 new-filer（填报人）");

        var client = Anonymous(app, follow: true);
        var login = await PageForm.LoadAsync(client, "/account/login");
        var landed = await login.Set("UserName", "new-filer").Set("Password", "Initial-pass-2026").PostAsync();
        landed.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/password");
        (await client.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/password");
    }

    [Fact]
    public async Task Outside_demo_mode_there_are_no_demo_accounts()
    {
        await using var app = new PerfTargetsApp(await databases.InstalledAsync(DatabaseProvider.PostgreSql));

        (await TryLoginAsync(app, Anonymous(app, follow: true), "admin", DemoAccounts.Password)).ShouldContain(Refused);
        (await app.QueryAsync(db => db.Users.CountAsync())).ShouldBe(0);
        (await app.QueryAsync(db => db.Roles.CountAsync())).ShouldBe(3);
    }

    [Fact]
    public async Task A_session_ends_after_thirty_idle_minutes_and_after_eight_hours_however_busy()
    {
        var clock = new ShiftableClock();
        await using var app = new PerfTargetsApp(await databases.DemoAsync(DatabaseProvider.Sqlite)) { Clock = clock };
        var busy = await app.SignInAsync("filer-suzhou");
        var idle = await app.SignInAsync("filer-lusong");

        var elapsed = TimeSpan.Zero;
        while (elapsed < TimeSpan.FromHours(7.6))
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            elapsed += TimeSpan.FromMinutes(20);
            (await busy.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/declarations", $"after {elapsed}");
            if (elapsed == TimeSpan.FromMinutes(40))
            {
                (await idle.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
            }
        }

        clock.Advance(TimeSpan.FromMinutes(25)); // past eight hours since sign-in, 25 minutes after the last request
        (await busy.GetAsync("/declarations")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_restart_signs_nobody_out(DatabaseProvider provider)
    {
        var database = await databases.DemoAsync(provider);
        string cookie;
        await using (var before = new PerfTargetsApp(database))
        {
            var client = Anonymous(before);
            var form = await PageForm.LoadAsync(client, "/account/login");
            var response = await form.Set("UserName", "filer-suzhou").Set("Password", DemoAccounts.Password).PostAsync();
            cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PerfTargets.Session=", StringComparison.Ordinal)).Split(';')[0];
            // The key lives in the database, not in a folder of one machine or container.
            (await before.QueryAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThan(0);
        }

        await using var after = new PerfTargetsApp(database);
        var restarted = Anonymous(after);
        restarted.DefaultRequestHeaders.Add("Cookie", cookie);

        (await restarted.GetAsync("/declarations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
