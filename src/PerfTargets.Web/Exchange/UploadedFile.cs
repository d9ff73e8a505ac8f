using PerfTargets.Sheets.Reading;

namespace PerfTargets.Web.Exchange;

/// <summary>An uploaded file as bytes for its reader, or why it is not read: none chosen, or over its size limit.</summary>
internal static class UploadedFile
{
    /// <param name="whatToChoose">The message when no file (or an empty one) came, saying which file to choose.</param>
    /// <param name="maxBytes">The largest file read.</param>
    /// <param name="tooLarge">The message for a larger file, from its size in bytes.</param>
    public static async Task<(byte[]? Bytes, string? Refusal)> ReadAsync(
        IFormFile? upload, string whatToChoose, long maxBytes, Func<long, string> tooLarge, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 } file)
        {
            return (null, whatToChoose);
        }

        if (file.Length > maxBytes)
        {
            return (null, tooLarge(file.Length));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), null);
    }

    /// <summary>An uploaded .xlsx, within the workbook readers' limit (<see cref="WorkbookLimits"/>).</summary>
    public static Task<(byte[]? Bytes, string? Refusal)> ReadWorkbookAsync(IFormFile? upload, string whatToChoose, CancellationToken cancellationToken) =>
        ReadAsync(upload, whatToChoose, WorkbookLimits.MaxFileBytes, WorkbookLimits.TooLarge, cancellationToken);
}
