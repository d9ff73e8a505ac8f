using System.Net.Http.Headers;

namespace PerfTargets.Web.Exchange;

/// <summary>
/// An .xlsx answer with its Chinese file name, to save: the workbook is written into a temporary
/// file (the writer streams its rows, Kestrel's response takes only asynchronous writes) and then
/// copied out, so that memory stays flat however large the workbook. A workbook of many rows is
/// written while they are read from the database, a batch at a time (the asynchronous writer).
/// </summary>
public sealed class WorkbookFile(string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    /// <summary>A workbook written from what is already in memory.</summary>
    public WorkbookFile(string fileName, Action<Stream> write)
        : this(fileName, (stream, _) =>
        {
            write(stream);
            return Task.CompletedTask;
        })
    {
    }

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await write(buffer, context.HttpContext.RequestAborted);
        buffer.Position = 0;
        response.ContentType = ContentType;
        response.ContentLength = buffer.Length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = "\"declaration.xlsx\"",
            FileNameStar = fileName,
        }.ToString();
        response.Headers.CacheControl = "private, no-store";
        await buffer.CopyToAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
