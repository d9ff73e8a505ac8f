namespace PerfTargets.Core.Printing;

/// <summary>
/// The lines of a 项目资金 block for two columns side by side (中期 | 年度, or 以前年度 | 本年度):
/// total, 财政拨款, the 上级/本级/下级 parts where either column gives one, 其他资金 and 自有资金 likewise.
/// Each line names the <see cref="FundingField"/> it shows, so that a form read back finds its amount's place.
/// </summary>
public sealed record FundingLines(FundingField Field, string MidTermLabel, decimal? MidTerm, string AnnualLabel, decimal? Annual)
{
    /// <summary>The labels the part lines print, by field; a label read back names its field.</summary>
    private static readonly IReadOnlyList<(string Name, string Label)> PartLabels =
    [
        (nameof(FundingSplit.Fiscal), "其中：财政拨款"),
        (nameof(FundingSplit.FiscalSuperior), "　　上级拨款"),
        (nameof(FundingSplit.FiscalLocal), "　　本级安排"),
        (nameof(FundingSplit.FiscalSubordinate), "　　下级配套"),
        (nameof(FundingSplit.Other), "　　　其他资金"),
        (nameof(FundingSplit.OtherOwnFunds), "　　其中：自有资金"),
    ];

    public static List<FundingLines> For(FundingSplit midTerm, FundingSplit annual, string midTermTotal = "中期资金总额", string annualTotal = "年度资金总额")
    {
        ArgumentNullException.ThrowIfNull(midTerm);
        ArgumentNullException.ThrowIfNull(annual);
        var lines = new List<FundingLines> { new(FieldNamed(nameof(FundingSplit.Total)), midTermTotal, midTerm.Total, annualTotal, annual.Total) };
        foreach (var (name, label) in PartLabels)
        {
            var field = FieldNamed(name);
            var (mid, year) = (field.Get(midTerm), field.Get(annual));
            // 财政拨款 and 其他资金 always print; their parts only where either column gives one.
            if (!field.IsPart || mid is not null || year is not null)
            {
                lines.Add(new(field, label, mid, label, year));
            }
        }

        return lines;
    }

    /// <summary>The field a part line's label names (its spaces ignored), or null: the totals are named by their column.</summary>
    public static FundingField? PartNamed(string label)
    {
        var plain = Plain(label);
        return PartLabels.FirstOrDefault(p => Plain(p.Label) == plain) is { Name: not null } part ? FieldNamed(part.Name) : null;
    }

    private static string Plain(string label) => string.Concat(label.Where(c => !char.IsWhiteSpace(c)));

    private static FundingField FieldNamed(string name) => FundingFields.All.Single(f => f.Name == name);
}
