using System.Net;
using Microsoft.EntityFrameworkCore;
using PerfTargets.Core.Auditing;
using Microsoft.Extensions.DependencyInjection;
using PerfTargets.Data;
using PerfTargets.Data.Accounts;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;
using PerfTargets.Testing;
using PerfTargets.Web.Printing;
using static PerfTargets.Web.Tests.DemoDepartments;

namespace PerfTargets.Web.Tests.Pages.Declarations;

/// <summary>
/// The PDFs of frozen versions are kept after their first render: what is served again is the very
/// bytes a fresh render makes, anyone who may not see the declaration is still refused, and a change
/// to anything printed (the default layout, the department's name) prints anew.
/// </summary>
public class FrozenPdfCacheTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private const string Project = "网络舆情综合管理";

    [Fact]
    public async Task An_approved_versions_pdf_is_served_again_byte_for_byte_as_a_fresh_render_and_still_refused_to_another_department()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        await ReviewSteps.SubmitAsync(filer, id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", "同意批复。");

        var first = await filer.GetByteArrayAsync($"/declarations/{id}/pdf");
        var again = await filer.GetByteArrayAsync($"/declarations/{id}/pdf");
        var api = await (await app.TokenClientAsync(DemoAccounts.Filers[Shanhaiguan].UserName)).GetByteArrayAsync($"/api/v1/declarations/{id}/pdf");

        again.ShouldBe(first);
        api.ShouldBe(first);
        (await FreshRenderAsync(app, id, filer.BaseAddress!)).ShouldBe(first);
        PdfText.Of(first).ShouldContain("系统审批核验标记");

        var other = await (await app.FilerOfDepartmentAsync("341300001")).GetAsync($"/declarations/{id}/pdf");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).ShouldNotContain("%PDF");
        var otherApi = await (await app.TokenClientAsync(DemoAccounts.Filers["341300001"].UserName)).GetAsync($"/api/v1/declarations/{id}/pdf");
        otherApi.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Refused && e.DeclarationId == id))).ShouldBe(2);
    }

    [Fact]
    public async Task A_submitted_version_prints_anew_when_the_default_layout_or_its_departments_name_changes()
    {
        await using var app = await databases.DemoAppAsync();
        var id = await app.DeclarationIdAsync(Project);
        var filer = await app.FilerOfDepartmentAsync(Shanhaiguan);
        await ReviewSteps.SubmitAsync(filer, id);
        var national = await filer.GetByteArrayAsync($"/declarations/{id}/pdf");

        var admin = await app.AdminAsync();
        await (await PageForm.LoadAsync(admin, "/admin/printing")).Set("Layout", "budget").PostAsync();
        var budget = await filer.GetByteArrayAsync($"/declarations/{id}/pdf");
        budget.ShouldNotBe(national);
        PdfText.Of(budget).ShouldContain("资金支出计划");

        await app.QueryAsync(db => db.Departments.Where(d => d.Code == Shanhaiguan).ExecuteUpdateAsync(d => d.SetProperty(p => p.Name, "山海关区网信办（更名）")));
        PdfText.Of(await filer.GetByteArrayAsync($"/declarations/{id}/pdf")).ShouldContain("山海关区网信办（更名）");
    }

    /// <summary>The PDF rendered afresh, outside the cache, by the services the page uses.</summary>
    private static async Task<byte[]> FreshRenderAsync(PerfTargetsApp app, int id, Uri baseUrl)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var declaration = await services.GetRequiredService<PerfTargetsDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.Id == id);
        declaration.PutInFormOrder();
        var print = await services.GetRequiredService<DeclarationPrints>().LoadAsync(declaration, baseUrl);
        using var output = new MemoryStream();
        services.GetRequiredService<PdfRenderer>().Render(LayoutCatalog.Find(LayoutCatalog.DefaultKey)!.Create(print), output);
        return output.ToArray();
    }
}
