using Microsoft.Playwright;

namespace PerfTargets.Browser.Tests;

/// <summary>Uploads through the server as it runs (Kestrel and its request limits), which the in-memory test server does not enforce.</summary>
[Collection(SharedBrowser.Name)]
public class SealUploadTests(BrowserSession session) : BrowserTest
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task A_35_mb_file_chosen_as_a_seal_is_told_its_size_at_its_row_not_a_400()
    {
        var admin = await session.NewPageAsync("admin");
        await admin.GotoAsync("/admin/seals");
        var row = admin.Locator("tr[id^='seal-ReviewSection-']").First;
        // Chosen from a file on disk, as a user would: chromium reads it itself. (Handed over as a
        // buffer, the 35 MB went base64-encoded through Playwright's pipe first, which took most of a minute.)
        var folder = Directory.CreateTempSubdirectory("perftargets-seal-");
        try
        {
            var file = Path.Combine(folder.FullName, "scan.png");
            await using (var stream = File.Create(file))
            {
                stream.SetLength(35 * 1024 * 1024);
            }

            await row.Locator("input[type=file]").SetInputFilesAsync(file);

            await row.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();

            await admin.WaitForURLAsync("**/admin/seals?handler=Upload");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        (await admin.Locator("tr[id^='seal-ReviewSection-']").First.Locator(".invalid-feedback").TextContentAsync())
            .ShouldBe("印章图片不能超过 1 MB（此文件 35.0 MB）。请压缩后再上传。");
    }
}
