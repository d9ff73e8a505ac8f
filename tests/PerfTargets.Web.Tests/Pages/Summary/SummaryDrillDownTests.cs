using PerfTargets.Data.Setup;
using PerfTargets.Testing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Summary;

/// <summary>
/// Every number of the 汇总表 links to the declaration list filtered to the declarations behind it:
/// the list then counts as many (or, for an amount, its 合计 row shows the same amount). With
/// declarations in every state, so each kind of column is followed; each case starts its own
/// application, since it moves declarations through the review.
/// </summary>
public class SummaryDrillDownTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Shanhaiguan2023 = "2023年 小计";
    private const string Suzhou = "中共宿州市委网络安全和信息化委员会办公室";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_number_links_to_a_list_of_as_many_declarations(DatabaseProvider provider)
    {
        await using var app = await databases.DemoAppAsync(provider);
        await AllStatesAsync(app);
        var admin = await app.AdminAsync();

        var page = await SummaryPage.LoadAsync(admin, "/summary");

        page["合计", "count"].Text.ShouldBe("12");
        page[Shanhaiguan2023, "awaiting-2"].Text.ShouldBe("1");
        page[Shanhaiguan2023, "returned"].Text.ShouldBe("1");
        page["2026年 小计", "approved"].Text.ShouldBe("1");
        page["合计", "draft"].Text.ShouldBe("9");
        foreach (var (row, column) in new[]
        {
            ("合计", "count"), ("合计", "draft"), (Shanhaiguan2023, "awaiting-2"), (Shanhaiguan2023, "returned"), ("2026年 小计", "approved"),
            ("2022年 小计", "count"), (Suzhou, "draft"),
        })
        {
            var list = await admin.GetStringAsync(page[row, column].Link!);
            Html.ListCount(list).ShouldBe(int.Parse(page[row, column].Text, System.Globalization.CultureInfo.InvariantCulture), $"{row} {column}");
        }

        // An amount links to the same declarations, whose 合计 row then shows that amount, in the same unit.
        (await admin.GetStringAsync(page["2022年 小计", "annualTotal"].Link!)).ShouldSatisfyAllConditions(
            list => Html.ListTotal(list).ShouldBe("6,580,000.00"),
            list => Html.ListCount(list).ShouldBe(7));
        var inTenThousand = await SummaryPage.LoadAsync(admin, "/summary?unit=TenThousandYuan");
        Html.ListTotal(await admin.GetStringAsync(inTenThousand["合计", "annualTotal"].Link!)).ShouldBe(inTenThousand["合计", "annualTotal"].Text);

        // 错误 counts the errors; its list holds the declarations that have one: 网络媒体协会运行经费 (2) and 宿州发布运营经费 (5).
        page[Suzhou, "errors"].Text.ShouldBe("7");
        var withErrors = await admin.GetStringAsync(page[Suzhou, "errors"].Link!);
        Html.ListCount(withErrors).ShouldBe(2);
        withErrors.ShouldContain("网络媒体协会运行经费");
        withErrors.ShouldContain("宿州发布运营经费");
    }

    [Fact]
    public async Task A_reviewer_sums_what_reached_its_section_and_its_links_list_the_same()
    {
        await using var app = await databases.DemoAppAsync();
        await AllStatesAsync(app);
        var performance = await app.SignInAsync("reviewer-performance");

        var page = await SummaryPage.LoadAsync(performance, "/summary");

        // Waiting on 绩效管理股 (网络舆情综合管理) and 已批复 (the clean declaration); no draft, nothing returned.
        page.Labels.ShouldBe(["合计", "2026年 小计", "中共山海关区委网络安全和信息化委员会办公室", Shanhaiguan2023, "中共山海关区委网络安全和信息化委员会办公室"]);
        page["合计", "count"].Text.ShouldBe("2");
        page["合计", "draft"].ShouldBe(new SummaryCell("0", null));
        Html.ListCount(await performance.GetStringAsync(page["合计", "count"].Link!)).ShouldBe(2);
        Html.ListCount(await performance.GetStringAsync(page[Shanhaiguan2023, "awaiting-2"].Link!)).ShouldBe(1);
    }

    /// <summary>
    /// Of 山海关's 2023 forms (no errors), 网络舆情综合管理 passes 业务股室 and waits on 绩效管理股, 网络阵地建设和内容管理
    /// is returned by 业务股室; a clean 2026 declaration is approved by both. The other nine stay 草稿.
    /// </summary>
    private static async Task AllStatesAsync(PerfTargetsApp app)
    {
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        var business = await app.SignInAsync("reviewer-business");
        var performance = await app.SignInAsync("reviewer-performance");
        var waiting = await app.DeclarationIdAsync("网络舆情综合管理");
        var returned = await app.DeclarationIdAsync("网络阵地建设和内容管理");
        var approved = await CleanDeclarations.CreateAsync(app, "filer-shanhaiguan");
        foreach (var id in new[] { waiting, returned, approved })
        {
            await ReviewSteps.SubmitAsync(filer, id);
        }

        await ReviewSteps.DecideAsync(business, waiting, "Approve", null);
        await ReviewSteps.DecideAsync(business, returned, "Return", "请补充成本指标。");
        await ReviewSteps.DecideAsync(business, approved, "Approve", null);
        await ReviewSteps.DecideAsync(performance, approved, "Approve", null);
    }
}
