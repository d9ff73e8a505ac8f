using PerfTargets.Core.Money;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>One column of 项目资金, each row (<see cref="FundingFields"/>) as typed.</summary>
public sealed class FundingForm
{
    public Dictionary<string, string?> Amounts { get; set; } = [];

    public static FundingForm From(FundingSplit split, MoneyUnit unit) => new()
    {
        Amounts = FundingFields.All.ToDictionary(f => f.Name, f => (string?)MoneyInput.ForEditing(f.Get(split), unit)),
    };

    public string? this[string field] => Amounts.GetValueOrDefault(field);
}
