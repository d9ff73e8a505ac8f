using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Web.Editing;

/// <summary>
/// Which editor field a problem belongs to: the rules name fields by document path
/// ("budgetLines[2].amount", "annualFunding.total"); the editor names them as it posts them
/// ("Input.BudgetLines[k].Amount", "Input.AnnualFunding.Amounts[Total]"), rows by their key.
/// </summary>
public static partial class FormKeys
{
    private static readonly HashSet<string> FundingColumnNames = [.. FundingColumns.All.Select(c => c.Name)];

    public static string For(string path, DeclarationForm form)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(form);
        var key = new StringBuilder(DeclarationFormReader.Prefix);
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
