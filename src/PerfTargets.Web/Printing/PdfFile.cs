using System.Net.Http.Headers;
using PerfTargets.Core.Printing;
using PerfTargets.Pdf.Composition;
using PerfTargets.Pdf.Layouts;

namespace PerfTargets.Web.Printing;

/// <summary>
/// A PDF answer, sent with its Chinese file name to show in the browser or, with download, to save:
/// one declaration's form as bytes already made (rendered, or kept from an earlier render of the same
/// frozen version), or a department's whole document, rendered into a temporary file — Skia writes
/// synchronously to a seekable stream and Kestrel's response takes only asynchronous writes, and a
/// file keeps memory flat however many forms it holds — and then copied out.
/// </summary>
public sealed class PdfFile : IActionResult, IResult
{
    private readonly string fileName;
    private readonly bool download;
    private readonly byte[]? pdf;
    private readonly (PdfRenderer Renderer, IDocument Document) large;

    private PdfFile(string fileName, bool download, byte[]? pdf, (PdfRenderer, IDocument) large)
    {
        this.fileName = fileName;
        this.download = download;
        this.pdf = pdf;
        this.large = large;
    }

    /// <summary>One declaration's form in a layout, named as the user saves it; <paramref name="download"/> is the address's download=.</summary>
    public static PdfFile Of(DeclarationPdfs pdfs, LayoutInfo layout, DeclarationPrint print, string? download)
    {
        ArgumentNullException.ThrowIfNull(pdfs);
        ArgumentNullException.ThrowIfNull(print);
        var name = $"{print.Declaration.BudgetYear}年度-{print.Declaration.ProjectName}-绩效目标申报表.pdf";
        return new PdfFile(name, IsDownload(download), pdfs.Render(layout, print), default);
    }

    /// <summary>A long document (a department's), rendered into a temporary file when the answer is sent.</summary>
    public static PdfFile Large(PdfRenderer renderer, IDocument document, string fileName, bool download)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(document);
        return new PdfFile(fileName, download, null, (renderer, document));
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
        if (pdf is not null)
        {
            SetHeaders(httpContext.Response, pdf.Length);
            await httpContext.Response.Body.WriteAsync(pdf, httpContext.RequestAborted);
            return;
        }

        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        large.Renderer.Render(large.Document, buffer);
        buffer.Position = 0;
        SetHeaders(httpContext.Response, buffer.Length);
        await buffer.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }

    private void SetHeaders(HttpResponse response, long length)
    {
        response.ContentType = "application/pdf";
        response.ContentLength = length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline")
        {
            FileName = "\"declaration.pdf\"",
            FileNameStar = fileName,
        }.ToString();
        response.Headers.CacheControl = "private, no-store";
    }
}
