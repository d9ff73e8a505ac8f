using PerfTargets.Core.Money;

namespace PerfTargets.Web.Tests.Pages.Reports;

/// <summary>A report's steps as the pages take them: approving the declaration first, opening a report, filling and posting its form.</summary>
internal static class ReportSteps
{
    /// <summary>Seed 004's first project, in 山海关 (224002): ≥95%, ≥95%, ≥90%, 100,000 元, plan 25/60/90/100%.</summary>
    public const string Project = "网络舆情综合管理";

    public static async Task ApproveDeclarationAsync(PerfTargetsApp app, int id)
    {
        await ReviewSteps.SubmitAsync(await app.FilerOfDepartmentAsync(DemoDepartments.Shanhaiguan), id);
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-business"), id, "Approve", "同意。");
        await ReviewSteps.DecideAsync(await app.SignInAsync("reviewer-performance"), id, "Approve", null);
    }

    /// <summary>Opens a report from the declaration's report list; the answer ends on the new report's page, or on the list with a refusal.</summary>
    public static async Task<HttpResponseMessage> OpenAsync(HttpClient filer, int id, string kind, string? asOf = null)
    {
        var fields = new Dictionary<string, string> { ["kind"] = kind };
        if (asOf is not null)
        {
            fields["asOf"] = asOf;
        }

        // Only the form token is needed; a declaration not approved offers no form to open with, the new-declaration page always does.
        var list = (await PageForm.LoadAsync(filer, "/declarations/new")).Remove(name => name != "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            list.Set(name, value);
        }

        return await list.PostToAsync($"/declarations/{id}/reports?handler=Open");
    }

    /// <summary>The report's id from the page a successful opening ends on.</summary>
    public static int ReportIdOf(HttpResponseMessage opened) =>
        int.Parse(opened.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The report's form with the money (in 元, typed in <paramref name="unit"/>) and each line's answers set.</summary>
    public static async Task<PageForm> FillAsync(HttpClient filer, string url, MoneyUnit unit, decimal executed, params (string Field, string Value)[] lines)
    {
        var form = await PageForm.LoadAsync(filer, url, "form#report-form");
        form.Set("Input.Executed", unit.Format(executed).Replace(",", string.Empty, StringComparison.Ordinal));
        foreach (var (field, value) in lines)
        {
            form.Set($"Input.{field}", value);
        }

        return form;
    }
}
