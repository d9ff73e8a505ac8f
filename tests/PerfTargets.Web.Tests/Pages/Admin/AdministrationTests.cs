using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages.Admin;

/// <summary>What an admin of a fresh installation does first: departments and review sections, then accounts.</summary>
public class AdministrationTests(TestDatabases databases, SharedDemoApp shared) : IClassFixture<TestDatabases>, IClassFixture<SharedDemoApp>
{
    [Fact]
    public async Task A_fresh_installation_gets_its_departments_sections_and_filer()
    {
        await using var app = new PerfTargetsApp(await databases.InstalledAsync(DatabaseProvider.PostgreSql));
        var admin = await app.NewAdminAsync();

        (await admin.GetStringAsync("/admin/departments")).ShouldContain("还没有单位");
        var form = await PageForm.LoadAsync(admin, "/admin/departments");
        (await (await form.Set("Input.Code", "341300001").Set("Input.Name", "宿州市委网信办").Set("Input.Profile.Address", "宿州市").PostAsync())
            .Content.ReadAsStringAsync()).ShouldContain("已保存单位“宿州市委网信办”");

        var sections = await PageForm.LoadAsync(admin, "/admin/sections", "main form[action*='handler=Add']");
        await sections.Set("Name", "业务股室").Set("Organisation", "宿州市财政局").PostAsync();
        sections = await PageForm.LoadAsync(admin, "/admin/sections", "main form[action*='handler=Add']");
        var html = await (await sections.Set("Name", "绩效管理股").Set("Organisation", "宿州市财政局").PostAsync()).Content.ReadAsStringAsync();
        var table = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        table.IndexOf("业务股室", StringComparison.Ordinal).ShouldBeLessThan(table.IndexOf("绩效管理股", StringComparison.Ordinal));

        var department = await app.QueryAsync(db => db.Departments.Select(d => d.Id).SingleAsync());
        var users = await PageForm.LoadAsync(admin, "/admin/users", "main form[action*='handler=Create']");
        (await (await users.Set("Input.UserName", "filer").Set("Input.DisplayName", "填报人").Set("Input.Role", "Filer")
            .Set("Input.DepartmentId", department.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("Input.Password", "Initial-pass-2026").PostAsync())
            .Content.ReadAsStringAsync()).ShouldContain("已开设账户 filer");
    }

    [Fact]
    public async Task A_department_code_is_unique_and_a_department_is_not_its_own_parent()
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var suzhou = await app.QueryAsync(db => db.Departments.Where(d => d.Code == "341300001").Select(d => d.Id).SingleAsync());

        var duplicate = await PageForm.LoadAsync(admin, "/admin/departments");
        (await (await duplicate.Set("Input.Code", "341300001").Set("Input.Name", "重复").PostAsync()).Content.ReadAsStringAsync())
            .ShouldContain("单位编码“341300001”已被使用。");

        var own = await PageForm.LoadAsync(admin, $"/admin/departments?edit={suzhou}");
        var id = suzhou.ToString(System.Globalization.CultureInfo.InvariantCulture);
        own.Set("Input.ParentId", id);
        (await (await own.PostAsync()).Content.ReadAsStringAsync()).ShouldContain("主管部门不能是本单位。");
    }

    [Fact]
    public async Task A_department_without_code_or_name_and_a_blank_password_reset_are_told_so_in_chinese()
    {
        var app = shared.App;
        var admin = await app.AdminAsync();

        var blank = await PageForm.LoadAsync(admin, "/admin/departments");
        var departments = Html.Parse(await (await blank.Set("Input.Code", " ").Set("Input.Name", string.Empty).PostAsync()).Content.ReadAsStringAsync());
        var said = departments.QuerySelectorAll(".invalid-feedback").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        said.ShouldContain("请填写单位编码。");
        said.ShouldContain("请填写单位名称。");
        said.ShouldAllBe(t => !t.Contains("Code") && !t.Contains("Name"));

        var reset = await PageForm.LoadAsync(admin, "/admin/users", "main form[action*='handler=Reset']");
        var users = await (await reset.Set("password", string.Empty).PostAsync()).Content.ReadAsStringAsync();
        users.ShouldContain("密码至少 10 个字符。");
        users.ShouldNotContain("Passwords must");
    }

    [Fact]
    public async Task A_disable_button_tampered_to_say_neither_yes_nor_no_changes_nothing()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var id = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "filer-suzhou").Select(u => u.Id).SingleAsync());
        var toggle = $"main form[action*='handler=Disable'][action*='id={id}']";
        (await (await PageForm.LoadAsync(admin, "/admin/users", toggle)).PostAsync()).EnsureSuccessStatusCode();

        var tampered = await (await PageForm.LoadAsync(admin, "/admin/users", toggle)).Set("disable", "abc").PostAsync();

        tampered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsDisabled).SingleAsync())).ShouldBeTrue();
    }

    [Theory]
    [InlineData("zhangsan@czj.example.gov.cn", true)]
    [InlineData("a b@czj.example.gov.cn", false)]
    [InlineData("a\u202E@x.cn", false)]
    [InlineData("zhangsan@", false)]
    public void An_account_mail_address_is_one_address_without_spaces_or_invisible_characters(string address, bool accepted) =>
        Validation.MailAddressAttribute.Accepts(address).ShouldBe(accepted);

    [Fact]
    public async Task Units_sit_one_level_under_a_supervising_department_so_no_two_are_each_others()
    {
        await using var app = await databases.DemoAppAsync();
        var admin = await app.AdminAsync();
        var ids = await app.QueryAsync(db => db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id));
        string Id(string code) => ids[code].ToString(System.Globalization.CultureInfo.InvariantCulture);

        var under = await PageForm.LoadAsync(admin, $"/admin/departments?edit={ids[DemoDepartments.Suzhou]}");
        (await (await under.Set("Input.ParentId", Id(DemoDepartments.Shanhaiguan)).PostAsync()).Content.ReadAsStringAsync()).ShouldContain("已保存单位");

        var back = await PageForm.LoadAsync(admin, $"/admin/departments?edit={ids[DemoDepartments.Shanhaiguan]}");
        (await (await back.Set("Input.ParentId", Id(DemoDepartments.Suzhou)).PostAsync()).Content.ReadAsStringAsync()).ShouldContain("等单位的主管部门，不能再隶属其他单位。");
        var third = ids.Keys.First(code => code != DemoDepartments.Suzhou && code != DemoDepartments.Shanhaiguan);
        var chain = await PageForm.LoadAsync(admin, $"/admin/departments?edit={ids[third]}");
        (await (await chain.Set("Input.ParentId", Id(DemoDepartments.Suzhou)).PostAsync()).Content.ReadAsStringAsync()).ShouldContain("不能作为主管部门");

        (await app.QueryAsync(db => db.Departments.CountAsync(d => d.ParentId != null))).ShouldBe(1);
    }

    [Fact]
    public async Task A_section_moves_earlier_in_the_review_chain()
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var second = await app.QueryAsync(db => db.ReviewSections.Where(s => s.Name == "绩效管理股").Select(s => s.Id).SingleAsync());

        var form = await PageForm.LoadAsync(admin, "/admin/sections", $"main form[action*='id={second}']");
        await form.PostAsync();

        (await app.QueryAsync(db => db.ReviewSections.OrderBy(s => s.Sequence).Select(s => s.Name).ToListAsync())).ShouldBe(["绩效管理股", "业务股室"]);
    }

    [Theory]
    [InlineData("/admin/departments")]
    [InlineData("/admin/sections")]
    public async Task Only_the_admin_reaches_the_administration(string page)
    {
        var app = shared.App;

        (await (await app.SignInAsync("filer-suzhou")).GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.SignInAsync("reviewer-business")).GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
