using System.Globalization;
using System.Text.Json;

namespace PerfTargets.Core.Auditing;

/// <summary>
/// 审计检查点: the chain's head at a moment — how many rows, the last row's hash, when — signed with
/// the audit key and kept outside the database (a file, the log). Someone who rewinds the chain in
/// the database (deletes its last rows and the head with them) cannot rewind what was written out:
/// a checkpoint names a row that must still be there, with that hash.
/// </summary>
/// <param name="At">In UTC, to the millisecond.</param>
/// <param name="Signature">HMAC-SHA256 of the other three under the audit key (<see cref="AuditChain.Checkpoint"/>).</param>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTime At, string Signature)
{
    /// <summary>One line of JSON, as the checkpoint file holds it.</summary>
    public string ToLine() => JsonSerializer.Serialize(new Line(Sequence, Hash, AuditChain.Timestamp(At), Signature), LineOptions);

    /// <summary>A line of the checkpoint file; null when it is not one.</summary>
    public static AuditCheckpoint? Parse(string line)
    {
        try
        {
            var read = JsonSerializer.Deserialize<Line>(line, LineOptions);
            return read is { Hash: { Length: > 0 } hash, Signature: { Length: > 0 } signature, At: { } at } && read.Sequence >= 0
                && DateTime.TryParseExact(at, AuditChain.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
                ? new AuditCheckpoint(read.Sequence, hash, time, signature)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web);

    private sealed record Line(long Sequence, string? Hash, string? At, string? Signature);
}
