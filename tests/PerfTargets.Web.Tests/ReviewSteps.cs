namespace PerfTargets.Web.Tests;

/// <summary>The workflow's steps as the pages take them: the filer's 提交 and a reviewer's 通过 or 退回.</summary>
internal static class ReviewSteps
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient filer, int id) =>
        await (await PageForm.LoadAsync(filer, $"/declarations/{id}/submit", "form#submit-form")).PostAsync();

    /// <summary><paramref name="handler"/> is Approve or Return.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(HttpClient reviewer, int id, string handler, string? opinion)
    {
        var form = await PageForm.LoadAsync(reviewer, $"/review/{id}", "form#decision");
        form.Set("Opinion", opinion ?? string.Empty);
        return await form.PostToAsync($"/review/{id}?handler={handler}");
    }
}
