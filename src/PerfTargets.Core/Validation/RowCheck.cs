using FluentValidation.Results;

namespace PerfTargets.Core.Validation;

/// <summary>
/// The field checks of one row of a list (a 三级指标, a budget line, a 制度保障, a goal), for rules
/// that loop over the rows instead of giving each row a child validator. A failure is reported as
/// FluentValidation's own rules would report it — under the row's path ("Indicators[3].Name",
/// "Indicators[3].MidTerm.Unit", "AnnualGoals[2]"), without an error code, so that it is listed as
/// <see cref="DeclarationRule.RequiredFields"/> naming its row — and the path is only built when a
/// check fails.
/// </summary>
internal readonly struct RowCheck(ValidationContext<Declaration> context, string list, int index, string? part = null)
{
    /// <summary>The checks of a part of the row, such as an indicator's MidTerm target.</summary>
    public RowCheck Of(string member) => new(context, list, index, member);

    /// <summary>At most <paramref name="limit"/> characters, and only characters a user may type.</summary>
    public void Text(string field, string? text, int limit, string name)
    {
        MaxLength(field, text, limit, name);
        PlainText(field, text, name);
    }

    /// <summary>At most <paramref name="limit"/> characters (none is fine), else "<paramref name="name"/>不能超过 … 个字。".</summary>
    public void MaxLength(string? field, string? text, int limit, string name)
    {
        if (text is not null && text.Length > limit)
        {
            Fail(field, LimitRules.TooLong(name, limit));
        }
    }

    /// <summary>No character <see cref="TextCharacters"/> refuses.</summary>
    public void PlainText(string? field, string? text, string name)
    {
        if (TextCharacters.Problem(text, name) is { } problem)
        {
            Fail(field, problem);
        }
    }

    /// <summary>Not empty nor only spaces, as FluentValidation's NotEmpty.</summary>
    public void Required(string field, string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Fail(field, message);
        }
    }

    /// <summary>A value of the enum, or none, as FluentValidation's IsInEnum.</summary>
    public void Defined<TEnum>(string field, TEnum? value, string message)
        where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            Fail(field, message);
        }
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> inclusive, or none, as FluentValidation's InclusiveBetween.</summary>
    public void Between(string field, decimal? value, decimal min, decimal max, string message)
    {
        if (value is { } v && (v < min || v > max))
        {
            Fail(field, message);
        }
    }

    /// <summary>At most <paramref name="places"/> decimals (<see cref="Scale"/>).</summary>
    public void Decimals(string field, decimal? value, int places, string message)
    {
        if (!Scale.AtMost(value, places))
        {
            Fail(field, message);
        }
    }

    /// <summary>A money amount (<see cref="Amounts"/>), or none.</summary>
    public void Amount(string field, decimal? amount)
    {
        if (!Amounts.IsValidOrMissing(amount))
        {
            Fail(field, Amounts.Message);
        }
    }

    private void Fail(string? field, string message) => context.AddFailure(new ValidationFailure(Path(field), message));

    private string Path(string? field) => (part, field) switch
    {
        (_, null) => $"{list}[{index}]",
        (null, _) => $"{list}[{index}].{field}",
        _ => $"{list}[{index}].{part}.{field}",
    };
}
