namespace PerfTargets.Web.Api;

/// <summary>A declaration document that cannot be read, with the JSON path of the member at fault.</summary>
internal sealed class DeclarationDocumentException : Exception
{
    public DeclarationDocumentException(string message, string? member, Exception? inner = null)
        : base(message, inner) => Member = member;

    public string? Member { get; }
}
