using PerfTargets.Sheets.Reading;

namespace PerfTargets.Web.Exchange;

/// <summary>An uploaded .xlsx as bytes for a workbook reader, or why it is not read: none chosen, or over the size limit.</summary>
internal static class UploadedWorkbook
{
    /// <param name="whatToChoose">The message when no file (or an empty one) came, saying which file to choose.</param>
    public static async Task<(byte[]? Bytes, string? Refusal)> ReadAsync(IFormFile? upload, string whatToChoose, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 } file)
        {
            return (null, whatToChoose);
        }

        if (file.Length > WorkbookLimits.MaxFileBytes)
        {
            return (null, WorkbookLimits.TooLarge(file.Length));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), null);
    }
}
