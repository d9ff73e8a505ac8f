using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Web.Forms;

/// <summary>
/// A day typed into a form, read as 年-月-日 whatever the browser's language: 2023-01-05, and the
/// ways people write it (2023-1-5, 2023/1/5, 2023.1.5, 2023年1月5日, full-width digits). The form
/// fields of days are text boxes showing yyyy-MM-dd (a browser's date box shows the day in its own
/// locale's order, e.g. 01/05/2023); what cannot be read is said at the field in Chinese.
/// </summary>
public static partial class DayText
{
    /// <summary>How a day is shown in a form: 2023-01-05.</summary>
    public const string Format = ChinaCalendar.TextFormat;

    /// <summary>The format a day's input tag helper takes (asp-format).</summary>
    public const string Field = "{0:" + Format + "}";

    /// <summary>The pattern of the text box: a browser marks anything else as it is typed.</summary>
    public const string Pattern = @"\s*\d{4}\s*[\-\/.年]\s*\d{1,2}\s*[\-\/.月]\s*\d{1,2}\s*日?\s*";

    /// <summary>The first and last day a form may name: those of the budget years (<see cref="BudgetYears"/>); anything else is a slip of the keyboard.</summary>
    public static readonly DateOnly Earliest = new(BudgetYears.Min, 1, 1);

    public static readonly DateOnly Latest = new(BudgetYears.Max, 12, 31);

    public static string Show(DateOnly? day) => day is { } known ? ChinaCalendar.Text(known) : string.Empty;

    /// <summary>The day, or null where the text is not a day.</summary>
    public static DateOnly? Read(string text)
    {
        var narrow = new string(text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray());
        var match = Day().Match(narrow);
        if (!match.Success)
        {
            return null;
        }

        var (year, month, day) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public static bool WithinSpan(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>What the field says about a day outside <see cref="Earliest"/>–<see cref="Latest"/>.</summary>
    public static string OutsideSpan(string field, DateOnly day) => $"{field}应在 {Earliest.Year} 年到 {Latest.Year} 年之间（所填为 {ChinaCalendar.Text(day)}）。";

    /// <summary>What the field says about a text that is not a day.</summary>
    public static string Unreadable(string field, string text) => $"{field}“{text}”无法识别：请按 年-月-日 填写，如 2023-01-05。";

    /// <remarks>Digits are 0-9 only: \d also matches other scripts' digits, which int.Parse refuses.</remarks>
    [GeneratedRegex(@"^\s*([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?\s*$")]
    private static partial Regex Day();
}

/// <summary>Binds <see cref="DateOnly"/> fields through <see cref="DayText"/>.</summary>
public sealed class DayModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"请填写{bindingContext.ModelMetadata.GetDisplayName()}。");
            }

            return Task.CompletedTask;
        }

        if (DayText.Read(text) is { } day)
        {
            if (DayText.WithinSpan(day))
            {
                bindingContext.Result = ModelBindingResult.Success(day);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DayText.OutsideSpan(bindingContext.ModelMetadata.GetDisplayName(), day));
            }
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DayText.Unreadable(bindingContext.ModelMetadata.GetDisplayName(), text));
        }

        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="DayModelBinder"/> in front of ASP.NET Core's own for DateOnly and DateOnly?.</summary>
public sealed class DayModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(DateOnly) ? new DayModelBinder() : null;
    }
}
