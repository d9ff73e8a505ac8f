using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>
/// The names of the editor's fields (表单字段名), as the page posts them and the model state
/// keys them: all under the page's bound property (<see cref="Prefix"/>), rows by their key.
/// Also which field a problem belongs to: the rules name fields by document path
/// ("budgetLines[2].amount", "annualFunding.total"); the editor names them
/// ("Input.BudgetLines[k].Amount", "Input.AnnualFunding.Amounts[Total]").
/// </summary>
public static partial class FormKeys
{
    /// <summary>The bound property every field is posted under, by its name so that a rename cannot part them.</summary>
    public const string Prefix = nameof(EditModel.Input);

    /// <summary>A field of the form itself: "DepartmentId" → "Input.DepartmentId".</summary>
    public static string Field(string member) => $"{Prefix}.{member}";

    /// <summary>The name under which a list posts the keys of its rows ("Input.BudgetLines.Index").</summary>
    public static string RowIndex(string list) => $"{Prefix}.{list}.Index";

    /// <summary>One row of a list, by its key: "Input.BudgetLines[k]".</summary>
    public static string Row(string list, string key) => $"{Prefix}.{list}[{key}]";

    /// <summary>A field of one row: "Input.BudgetLines[k].Amount".</summary>
    public static string RowField(string list, string key, string field) => $"{Row(list, key)}.{field}";

    /// <summary>The name of a funding amount in the form.</summary>
    public static string FundingField(string column, string field) => $"{Prefix}.{column}.{nameof(FundingForm.Amounts)}[{field}]";

    private static readonly HashSet<string> FundingColumnNames = [.. FundingColumns.All.Select(c => c.Name)];

    public static string For(string path, DeclarationForm form)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(form);
        var key = new StringBuilder(Prefix);
        var segments = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var match = Indexed().Match(segments[i]);
            var member = Pascal(match.Success ? match.Groups[1].Value : segments[i]);
            if (i > 0 && FundingColumnNames.Contains(Pascal(segments[i - 1])))
            {
                key.Append(CultureInfo.InvariantCulture, $".Amounts[{member}]");
                continue;
            }

            key.Append('.').Append(member);
            if (match.Success)
            {
                var position = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                var rowKey = member switch
                {
                    "BudgetLines" when position < form.BudgetLines.Count => form.BudgetLines[position].Key,
                    "Indicators" when position < form.Indicators.Count => form.Indicators[position].Key,
                    "Safeguards" when position < form.Safeguards.Count => form.Safeguards[position].Key,
                    "Level1Weights" => position.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                };
                if (rowKey is null)
                {
                    // Goals are edited as one text, one goal per line.
                    continue;
                }

                key.Append('[').Append(rowKey).Append(']');
            }
        }

        return key.ToString();
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^(\w+)\[(\d+)\]$")]
    private static partial Regex Indexed();
}
