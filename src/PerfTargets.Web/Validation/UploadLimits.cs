namespace PerfTargets.Web.Validation;

/// <summary>How much of a file upload is read before the page judges its size.</summary>
public static class UploadLimits
{
    /// <summary>
    /// The largest upload read to the end (the server's usual limit is 30 MB): a photo or a scan
    /// picked by mistake reaches the page's own size check, which says at its field how large the
    /// file may be, instead of the form failing unread.
    /// </summary>
    public const long ReadToEnd = 64L * 1024 * 1024;
}
