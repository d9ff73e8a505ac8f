using System.Globalization;
using PerfTargets.Core.Money;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Pasting;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>A cell the script marks: the row (from 0) of the paste, the field's name in the row, why, and the text pasted there.</summary>
public sealed record PasteProblem(int Row, string Field, string Message, string Text);

/// <summary>
/// 粘贴结果: what the editor's script fills in — per pasted row the row's fields by their names in the
/// form (<see cref="IndicatorForm"/>, <see cref="BudgetLineForm"/>: "Annual.Value"), only those the
/// block's columns reach, so that the grid keeps the rest; the cells that could not be read; notes.
/// </summary>
public sealed record PasteAnswer(IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, IReadOnlyList<PasteProblem> Problems, IReadOnlyList<string> Notes)
{
    private static readonly string MidTerm = nameof(IndicatorForm.MidTerm);
    private static readonly string Annual = nameof(IndicatorForm.Annual);

    public static PasteAnswer Of(PastedIndicatorRows pasted)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        var columns = pasted.Columns;
        var rows = pasted.Rows.Select((indicator, i) =>
        {
            var form = IndicatorForm.From(indicator, i);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            void Put(string name, string? value) => fields[name] = value ?? string.Empty;
            void PutTarget(string period, TargetForm target)
            {
                Put($"{period}.{nameof(TargetForm.Comparator)}", target.Comparator?.ToString());
                Put($"{period}.{nameof(TargetForm.Value)}", target.Value);
                Put($"{period}.{nameof(TargetForm.Unit)}", target.Unit);
            }

            if (columns.Contains(IndicatorField.Level1) || form.Level1?.Length > 0)
            {
                Put(nameof(IndicatorForm.Level1), form.Level1);
            }

            if (columns.Contains(IndicatorField.Level2))
            {
                Put(nameof(IndicatorForm.Level2), form.Level2);
            }

            Put(nameof(IndicatorForm.Name), form.Name);
            if (columns.Any(c => c is IndicatorField.Nature or IndicatorField.MidTermTarget or IndicatorField.AnnualTarget or IndicatorField.Value))
            {
                Put(nameof(IndicatorForm.Nature), form.Nature.ToString());
            }

            if (columns.Contains(IndicatorField.MidTermTarget))
            {
                PutTarget(MidTerm, form.MidTerm);
            }

            if (columns.Any(c => c is IndicatorField.AnnualTarget or IndicatorField.Value))
            {
                PutTarget(Annual, form.Annual);
            }

            foreach (var (field, name, value) in new (IndicatorField, string, string?)[]
            {
                (IndicatorField.Description, nameof(IndicatorForm.Description), form.Description),
                (IndicatorField.Basis, nameof(IndicatorForm.Basis), form.Basis?.ToString()),
                (IndicatorField.Remark, nameof(IndicatorForm.Remark), form.Remark),
                (IndicatorField.Weight, nameof(IndicatorForm.Weight), form.Weight),
                (IndicatorField.Direction, nameof(IndicatorForm.Direction), form.Direction?.ToString()),
                (IndicatorField.ScoringStandard, nameof(IndicatorForm.ScoringStandard), form.ScoringStandard),
                (IndicatorField.NotApplicable, nameof(IndicatorForm.NotApplicable), form.NotApplicable ? "true" : null),
            })
            {
                if (columns.Contains(field))
                {
                    Put(name, value);
                }
            }

            return (IReadOnlyDictionary<string, string>)fields;
        }).ToList();
        return new(rows, [.. pasted.Problems.Select(p => new PasteProblem(p.Row, FieldOf(p.Field), p.Message, p.Text))], pasted.Notes);
    }

    public static PasteAnswer Of(PastedBudgetLineRows pasted, MoneyUnit unit)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        var rows = pasted.Rows.Select((line, i) =>
        {
            var form = BudgetLineForm.From(line, i, unit);
            var values = new Dictionary<BudgetLineField, string?>
            {
                [BudgetLineField.Item] = form.Item,
                [BudgetLineField.Content] = form.Content,
                [BudgetLineField.Quantity] = form.Quantity,
                [BudgetLineField.QuantityUnit] = form.QuantityUnit,
                [BudgetLineField.UnitStandard] = form.UnitStandard,
                [BudgetLineField.StandardUnit] = form.StandardUnit,
                [BudgetLineField.ActualTwoYearsBefore] = form.ActualTwoYearsBefore,
                [BudgetLineField.ActualYearBefore] = form.ActualYearBefore,
                [BudgetLineField.Amount] = form.Amount,
                [BudgetLineField.Basis] = form.Basis,
                [BudgetLineField.Remark] = form.Remark,
            };
            return (IReadOnlyDictionary<string, string>)pasted.Columns.ToDictionary(c => c.ToString(), c => values[c] ?? string.Empty, StringComparer.Ordinal);
        }).ToList();
        return new(rows, [.. pasted.Problems.Select(p => new PasteProblem(p.Row, p.Field.ToString(), p.Message, p.Text))], pasted.Notes);
    }

    /// <summary>The grid column a paste starts at, from the name of the field that had the focus ("Annual.Value").</summary>
    public static IndicatorField IndicatorStart(string? field) => (field ?? string.Empty).Split('.')[0] switch
    {
        nameof(IndicatorForm.Level1) => IndicatorField.Level1,
        nameof(IndicatorForm.Level2) => IndicatorField.Level2,
        nameof(IndicatorForm.Nature) or nameof(IndicatorForm.NotApplicable) => IndicatorField.Nature,
        nameof(IndicatorForm.MidTerm) => IndicatorField.MidTermTarget,
        nameof(IndicatorForm.Annual) => IndicatorField.AnnualTarget,
        _ => IndicatorField.Name,
    };

    /// <summary>The budget-line column a paste starts at, from the focused field's name; the first for any other.</summary>
    public static BudgetLineField BudgetLineStart(string? field) =>
        Enum.TryParse<BudgetLineField>(field, ignoreCase: false, out var start) && PastedBudgetLines.GridColumns.Contains(start) ? start : BudgetLineField.Item;

    /// <summary>The field of the row a problem is marked at.</summary>
    private static string FieldOf(IndicatorField field) => field switch
    {
        IndicatorField.MidTermTarget => $"{MidTerm}.{nameof(TargetForm.Value)}",
        IndicatorField.AnnualTarget or IndicatorField.Value => $"{Annual}.{nameof(TargetForm.Value)}",
        IndicatorField.Comparator => $"{Annual}.{nameof(TargetForm.Comparator)}",
        IndicatorField.Unit => $"{Annual}.{nameof(TargetForm.Unit)}",
        IndicatorField.Level2Again => nameof(IndicatorForm.Level2),
        IndicatorField.NameAgain => nameof(IndicatorForm.Name),
        _ => field.ToString(),
    };

    /// <summary>Said when the pasted text is larger than one paste takes.</summary>
    public static PasteAnswer TooLarge { get; } = new([], [], [string.Create(CultureInfo.InvariantCulture, $"粘贴的内容超过 {ClipboardTable.MaxCharacters:N0} 个字符，请分几次粘贴。")]);
}
