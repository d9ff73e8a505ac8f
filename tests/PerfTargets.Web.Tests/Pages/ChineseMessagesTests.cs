using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Core.Accounts;
using PerfTargets.Testing;

namespace PerfTargets.Web.Tests.Pages;

/// <summary>Every validation message a form can carry, in Chinese: those of the binder, of the DataAnnotations attributes, and those written into the pages.</summary>
public partial class ChineseMessagesTests(SharedDemoApp shared) : IClassFixture<SharedDemoApp>
{
    /// <summary>A form model as a page might write it: attributes without messages of their own, and fields of value types.</summary>
    public sealed class SampleForm
    {
        [Display(Name = "项目名称")]
        [Required]
        [StringLength(10)]
        public string? Name { get; set; }

        [Display(Name = "份数")]
        [Range(1, 5)]
        public int Count { get; set; }

        [Display(Name = "角色")]
        public AccountRole Role { get; set; }

        [Display(Name = "电子邮件")]
        [EmailAddress]
        [MinLength(3)]
        public string? Mail { get; set; }

        [Display(Name = "说明")]
        [Required(ErrorMessage = "请写明说明。")]
        public string? Note { get; set; }
    }

    [Fact]
    public void The_attributes_of_any_form_speak_chinese_and_a_message_of_its_own_is_kept()
    {
        var metadata = shared.App.Services.GetRequiredService<IModelMetadataProvider>().GetMetadataForType(typeof(SampleForm));
        IEnumerable<string> MessagesOf(string property)
        {
            var field = metadata.Properties[property]!;
            return field.ValidatorMetadata.OfType<ValidationAttribute>().Select(attribute => attribute.FormatErrorMessage(field.GetDisplayName()));
        }

        MessagesOf(nameof(SampleForm.Name)).ShouldBe(["请填写项目名称。", "项目名称不能超过 10 个字。"], ignoreOrder: true);
        MessagesOf(nameof(SampleForm.Count)).ShouldBe(["份数应在 1 至 5 之间。"]);
        MessagesOf(nameof(SampleForm.Mail)).ShouldBe(["电子邮件不是有效的电子邮件地址。", "电子邮件至少应有 3 个字。"], ignoreOrder: true);
        MessagesOf(nameof(SampleForm.Note)).ShouldBe(["请写明说明。"]);
    }

    public static TheoryData<string, string> FormPages => new()
    {
        { "admin", "/admin/users" },
        { "admin", "/admin/departments" },
        { "admin", "/admin/sections" },
        { "admin", "/admin/years" },
        { "admin", "/admin/tokens" },
        { "admin", "/admin/printing" },
        { "admin", "/admin/rules" },
        { "admin", "/admin/audit" },
        { "admin", "/account/password" },
        { "filer-portal", "/declarations/new" },
        { "filer-portal", "/declarations/import" },
        { "filer-portal", "/account/password" },
        { "filer-portal", "edit" },
        { "filer-portal", "copy" },
        { "", "/account/login" },
    };

    [Theory]
    [MemberData(nameof(FormPages))]
    public async Task No_form_writes_an_english_message_into_its_page(string user, string path)
    {
        var app = shared.App;
        var client = user.Length == 0 ? app.CreateClient(new() { BaseAddress = new Uri("https://localhost") }) : await app.SignInAsync(user);
        if (path is "edit" or "copy")
        {
            path = $"/declarations/{await app.DeclarationIdAsync("新媒体软课题费")}/{path}";
        }

        var page = Html.Parse(await client.GetStringAsync(path));

        var messages = page.All.SelectMany(element => element.Attributes)
            .Where(attribute => MessageAttribute().IsMatch(attribute.Name))
            .Select(attribute => $"{attribute.Name}=\"{attribute.Value}\"")
            .ToList();
        messages.ShouldNotContain(message => English().IsMatch(message), $"{path}: {string.Join("; ", messages)}");
        English().IsMatch(page.Body!.TextContent).ShouldBeFalse(path);
    }

    [Theory]
    [InlineData("/error/-1")]
    [InlineData("/error/0")]
    [InlineData("/error/204")]
    [InlineData("/error/302")]
    [InlineData("/error/1000")]
    public async Task An_error_address_naming_no_error_status_is_not_found(string path)
    {
        var response = await (await shared.App.SignInAsync("filer-suzhou")).GetAsync(path);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("找不到该页面");
    }

    [Fact]
    public async Task A_field_required_without_an_attribute_says_so_in_chinese_in_its_page()
    {
        var admin = await shared.App.AdminAsync();

        var page = Html.Parse(await admin.GetStringAsync("/admin/users"));

        page.QuerySelector("select#Input_Role")!.GetAttribute("data-val-required").ShouldBe("请填写角色。");
    }

    [Fact]
    public async Task A_choice_sent_empty_is_refused_in_chinese()
    {
        var app = shared.App;
        var admin = await app.AdminAsync();
        var form = await PageForm.LoadAsync(admin, "/admin/users", "form[action*=Create]");
        form.Set("Input.UserName", "new-clerk").Set("Input.DisplayName", "新职员").Set("Input.Role", "").Set("Input.Password", "Long-enough-2026-x");

        var response = await form.PostAsync();

        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var text = page.QuerySelector("main")!.TextContent;
        English().IsMatch(text).ShouldBeFalse(text);
        page.QuerySelectorAll(".invalid-feedback, .alert-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_choice_no_option_offers_is_said_at_its_own_field_on_the_new_declaration_page()
    {
        var filer = await shared.App.SignInAsync("filer-suzhou");
        var form = await PageForm.LoadAsync(filer, "/declarations/new");
        form.Set("Input.ProjectName", "选项被改动的项目").Set("Input.Kind", "Sideways").Set("Input.MoneyUnit", "Pounds");

        var page = Html.Parse(await (await form.PostAsync()).Content.ReadAsStringAsync());

        foreach (var field in new[] { "Input_Kind", "Input_MoneyUnit" })
        {
            var said = page.QuerySelector($"#{field} ~ .invalid-feedback")!.TextContent.Trim();
            said.ShouldNotBeEmpty(field);
            English().IsMatch(said).ShouldBeFalse(said);
        }
    }

    /// <summary>data-val-required, data-val-length … : the attributes that carry a message (not -max, -min, -pattern …).</summary>
    [GeneratedRegex(@"^data-val-[a-z]+$")]
    private static partial Regex MessageAttribute();

    /// <summary>The words of ASP.NET Core's English defaults.</summary>
    [GeneratedRegex(@"The \S+ field|field is required|must be a |must be between|is not valid|is invalid|A value for the|The value '")]
    private static partial Regex English();
}
