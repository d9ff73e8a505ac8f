using System.Net.Http.Headers;

namespace PerfTargets.Web.Tests;

/// <summary>导入 Excel as a user sends it: the page's form (for a new draft, or ?replace=id) with a file chosen.</summary>
internal static class ExcelImportPage
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, string name = "申报表.xlsx", string url = "/declarations/import-excel", Action<PageForm>? change = null)
    {
        var form = await PageForm.LoadAsync(client, url);
        change?.Invoke(form);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in form.Fields)
        {
            content.Add(new StringContent(value), key);
        }

        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(upload, "Upload", name);
        return await client.PostAsync(url, content);
    }

    /// <summary>The id of the declaration the import landed on (/declarations/{id}/edit).</summary>
    public static int LandedOn(HttpResponseMessage response)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        path.ShouldEndWith("/edit");
        return int.Parse(path.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
