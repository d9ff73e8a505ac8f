using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfTargets.Core.Validation.Review;

/// <summary>
/// 审核规则设置的一次修改: the whole settings as the admin saved them, who saved them and when. The
/// latest revision is in force; a frozen version is judged by the revision in force when it was
/// submitted, so a later change does not alter the verdict it had.
/// </summary>
public sealed class RuleSettingsRevision
{
    public const int NoteLength = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public int Id { get; set; }

    /// <summary>The settings as a JSON document.</summary>
    public string Content { get; set; } = "{}";

    /// <summary>In UTC.</summary>
    public DateTime ChangedAt { get; set; }

    public int? ChangedById { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    /// <summary>Why the admin changed them (修改说明).</summary>
    public string? Note { get; set; }

    public RuleSettings Read() => JsonSerializer.Deserialize<RuleSettings>(Content, Json) ?? new RuleSettings();

    public static RuleSettingsRevision Of(RuleSettings settings, DateTime changedAt, int? userId, string userName, string? note) => new()
    {
        Content = JsonSerializer.Serialize(settings, Json),
        ChangedAt = changedAt,
        ChangedById = userId,
        ChangedBy = userName,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
    };
}
