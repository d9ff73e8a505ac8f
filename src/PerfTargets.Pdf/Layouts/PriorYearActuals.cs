namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 前年 / 上年实际执行数: the two columns a budget-line table (支出明细, 项目构成分解) adds before the
/// amount when any line or the stated 合计 gives them, headed with their years (budget year − 2 and − 1).
/// </summary>
internal sealed record PriorYearActuals(bool Shown, int BudgetYear)
{
    public static PriorYearActuals For(Declaration declaration)
    {
        var stated = declaration.StatedBudgetLineTotals;
        return new(
            stated.ActualTwoYearsBefore is not null || stated.ActualYearBefore is not null
                || declaration.BudgetLines.Exists(l => l.ActualTwoYearsBefore is not null || l.ActualYearBefore is not null),
            declaration.BudgetYear);
    }

    /// <summary>How many columns they add: two, or none.</summary>
    public int Count => Shown ? 2 : 0;

    /// <summary>Adds their columns where the table's amount columns stand.</summary>
    public void Define(TableDescriptor table)
    {
        if (Shown)
        {
            table.RelativeColumn(1.1f);
            table.RelativeColumn(1.1f);
        }
    }

    /// <summary>Their header cells: 2022年实际执行数, 2023年实际执行数 for a 2024 budget.</summary>
    public void Headings(TableDescriptor table)
    {
        if (Shown)
        {
            table.HeaderCell().LabelCell(Heading(BudgetYear - 2));
            table.HeaderCell().LabelCell(Heading(BudgetYear - 1));
        }
    }

    private static string Heading(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}年\n实际执行数");

    /// <summary>A line's two actuals, in <paramref name="row"/> from <paramref name="firstColumn"/> (both counted from 1).</summary>
    public void Cells(TableDescriptor table, BudgetLine line, MoneyUnit unit, int row, int firstColumn)
    {
        if (Shown)
        {
            table.Cell().Row(row).Column(firstColumn).CentredCell(unit.Format(line.ActualTwoYearsBefore));
            table.Cell().Row(row).Column(firstColumn + 1).CentredCell(unit.Format(line.ActualYearBefore));
        }
    }

    /// <summary>The stated 合计 of both, in the next free cells of the 合计 row.</summary>
    public void Totals(TableDescriptor table, BudgetLineTotals stated, MoneyUnit unit)
    {
        if (Shown)
        {
            table.Cell().CentredCell(unit.Format(stated.ActualTwoYearsBefore));
            table.Cell().CentredCell(unit.Format(stated.ActualYearBefore));
        }
    }
}
