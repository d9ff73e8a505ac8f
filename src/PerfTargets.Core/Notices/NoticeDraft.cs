namespace PerfTargets.Core.Notices;

/// <summary>A notice to be given to account <paramref name="UserId"/> unless it already holds one with the same key.</summary>
public sealed record NoticeDraft(int UserId, NoticeKind Kind, string Key, string Text, string Link)
{
    public Notice ToNotice(DateTime at, bool mail) => new()
    {
        UserId = UserId,
        Kind = Kind,
        Key = Key,
        Text = Text.Length > Notice.TextMaxLength ? Text[..(Notice.TextMaxLength - 1)] + "…" : Text,
        Link = Link,
        CreatedAt = at,
        Mail = mail ? MailState.Pending : MailState.None,
    };
}
