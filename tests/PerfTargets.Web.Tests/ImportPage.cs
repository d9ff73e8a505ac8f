using System.Net.Http.Headers;

namespace PerfTargets.Web.Tests;

/// <summary>导入 JSON as a user sends it: the page's form with a file chosen for its upload field.</summary>
internal static class ImportPage
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, string name = "申报表.json")
    {
        var form = await PageForm.LoadAsync(client, "/declarations/import");
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in form.Fields)
        {
            content.Add(new StringContent(value), key);
        }

        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(upload, "Upload", name);
        return await client.PostAsync("/declarations/import", content);
    }
}
