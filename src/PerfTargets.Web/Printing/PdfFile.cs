using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>
/// A PDF answer, sent with its Chinese file name to show in the browser or, with download, to save.
/// Skia writes synchronously to a seekable stream and Kestrel's response takes only asynchronous
/// writes, so the PDF is rendered into memory — or, for a department's whole document, into a
/// temporary file, which keeps memory flat however many forms it holds — and then copied out.
/// </summary>
public sealed class PdfFile(PdfRenderer renderer, IDocument document, string fileName, bool download, bool large = false) : IActionResult, IResult
{
    /// <summary>One declaration's form in a layout, named as the user saves it; <paramref name="download"/> is the address's download=.</summary>
    public static PdfFile Of(PdfRenderer renderer, LayoutInfo layout, DeclarationPrint print, string? download)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(print);
        var name = $"{print.Declaration.BudgetYear}年度-{print.Declaration.ProjectName}-绩效目标申报表.pdf";
        return new PdfFile(renderer, layout.Create(print), name, IsDownload(download));
    }

    /// <summary>download=1 (or true) saves the file rather than showing it.</summary>
    public static bool IsDownload(string? download) => download is "1" or "true";

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }

    /// <summary>As the API's answer.</summary>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        await using Stream buffer = large
            ? new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose)
            : new MemoryStream();
        renderer.Render(document, buffer);
        buffer.Position = 0;
        var response = httpContext.Response;
        response.ContentType = "application/pdf";
        response.ContentLength = buffer.Length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline")
        {
            FileName = "\"declaration.pdf\"",
            FileNameStar = fileName,
        }.ToString();
        response.Headers.CacheControl = "private, no-store";
        await buffer.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
