using System.Globalization;
using PerfTargets.Core.Auditing;
using PerfTargets.Core.Rounds;
using PerfTargets.Core.Validation;
using PerfTargets.Web.Forms;
using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Pages.Admin;

/// <summary>
/// 审计日志搜索条件: the filters as typed into the form or the address, each read and checked on its
/// own. A filter that cannot be understood is reported at its field and nothing is searched, rather
/// than being dropped and the whole trail shown as if it matched.
/// </summary>
public sealed class AuditSearch
{
    private readonly Dictionary<string, string> errors = [];

    /// <summary>Reads the filters as typed; the keys of <see cref="Errors"/> are the fields' names in the address.</summary>
    public AuditSearch(string? user, string? action, string? declaration, string? from, string? to)
    {
        // A search term is never stored: invisible characters (a NUL the database would refuse) are dropped.
        User = TextCharacters.WithoutForbidden(user ?? string.Empty).Trim() is { Length: > 0 } name ? name : null;
        Action = ReadAction(action);
        DeclarationId = ReadDeclaration(declaration);
        From = ReadDay(from, "from");
        To = ReadDay(to, "to");
        if (From is { } first && To is { } last && first > last)
        {
            errors["to"] = $"“到”的日期（{ChinaCalendar.Text(last)}）早于“从”的日期（{ChinaCalendar.Text(first)}），请改正。";
        }
    }

    /// <summary>Part of a user name or of a 姓名.</summary>
    public string? User { get; }

    public AuditAction? Action { get; }

    public int? DeclarationId { get; }

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    /// <summary>Why a filter was not understood, by its field's name in the address (action, declaration, from, to).</summary>
    public IReadOnlyDictionary<string, string> Errors => errors;

    public bool IsValid => errors.Count == 0;

    /// <summary>Where the days searched begin and end (the end exclusive), as UTC instants of 北京时间 days.</summary>
    public (DateTime? Start, DateTime? End) Period() =>
        (From is { } from ? ChinaTime.StartOfDayUtc(from) : null, To is { } to ? ChinaTime.StartOfDayUtc(to.AddDays(1)) : null);

    private AuditAction? ReadAction(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // By name only: a number would name whatever action happens to have that position.
        if (!char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse<AuditAction>(text.Trim(), ignoreCase: true, out var action) && Enum.IsDefined(action))
        {
            return action;
        }

        errors["action"] = $"没有“{text.Trim()}”这种操作，请从列表中选择。";
        return null;
    }

    private int? ReadDeclaration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        errors["declaration"] = $"申报表编号“{text.Trim()}”无法识别：请填写正整数，如 12。";
        return null;
    }

    private DateOnly? ReadDay(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DayText.Read(text) is not { } day)
        {
            errors[field] = $"日期“{text.Trim()}”无法识别：请按 年-月-日 填写，如 2026-01-31。";
            return null;
        }

        // No trail is older than the span, and a day's arithmetic stays in range.
        if (!DayText.WithinSpan(day))
        {
            errors[field] = DayText.OutsideSpan("日期", day);
            return null;
        }

        return day;
    }
}
