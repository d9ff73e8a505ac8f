namespace PerfTargets.Web.Exchange;

/// <summary>A declaration document that cannot be read, with the JSON path of the member at fault and, for malformed JSON, where.</summary>
public sealed class UnreadableDeclarationException : Exception
{
    public UnreadableDeclarationException(string message, string? member, Exception? inner = null)
        : base(message, inner) => Member = member;

    public string? Member { get; }

    /// <summary>The line of the fault, from 1, when the JSON itself is at fault.</summary>
    public long? Line { get; init; }

    /// <summary>The byte in that line, from 1.</summary>
    public long? Position { get; init; }
}
