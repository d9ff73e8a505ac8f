namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 权重 / 指标方向 / 评分标准: the columns a scored form adds at the right of its indicator grid,
/// each only when the indicators fill it, so that a grid without weights prints as it always did.
/// </summary>
/// <param name="WeightHeading">The weight column's heading as the form words it (权重, or 分值 on a 评价指标表).</param>
internal sealed record ScoringColumns(string? WeightHeading, bool Direction, bool Standard)
{
    private const float WeightWidth = 32;
    private const float DirectionWidth = 32;

    /// <summary>The scoring columns of <paramref name="indicators"/>: 权重 when the form is weighted, 方向 and 评分标准 when any indicator has one.</summary>
    public static ScoringColumns For(IReadOnlyCollection<Indicator> indicators, bool weighted, string weightHeading = "权重") => new(
        weighted ? weightHeading : null,
        indicators.Any(i => i.Direction is not null),
        indicators.Any(i => !string.IsNullOrWhiteSpace(i.ScoringStandard)));

    /// <inheritdoc cref="For(IReadOnlyCollection{Indicator}, bool, string)"/>
    public static ScoringColumns For(Declaration declaration, string weightHeading = "权重") =>
        For(declaration.Indicators, declaration.HasWeights, weightHeading);

    /// <summary>How many columns they add.</summary>
    public int Count => (WeightHeading is null ? 0 : 1) + (Direction ? 1 : 0) + (Standard ? 1 : 0);

    /// <summary>Adds their columns to the table's, after the grid's own.</summary>
    public void Define(TableDescriptor table)
    {
        if (WeightHeading is not null)
        {
            table.ConstantColumn(WeightWidth);
        }

        if (Direction)
        {
            table.ConstantColumn(DirectionWidth);
        }

        if (Standard)
        {
            table.RelativeColumn(1.4f);
        }
    }

    /// <summary>Their header cells, each as tall as <paramref name="rowSpan"/> header rows.</summary>
    public void Headings(TableDescriptor table, int rowSpan = 1)
    {
        foreach (var heading in Headings())
        {
            table.HeaderCell().RowSpan(rowSpan).LabelCell(heading);
        }
    }

    private IEnumerable<string> Headings()
    {
        if (WeightHeading is not null)
        {
            yield return WeightHeading;
        }

        if (Direction)
        {
            yield return "指标\n方向";
        }

        if (Standard)
        {
            yield return "评分标准";
        }
    }

    /// <summary>The indicator's cells in its grid row, from <paramref name="firstColumn"/> (counted from 1).</summary>
    public void Cells(TableDescriptor table, Indicator indicator, int row, int firstColumn)
    {
        var column = firstColumn;
        if (WeightHeading is not null)
        {
            table.Cell().Row(row).Column(column++).CentredCell(Points(indicator.Weight));
        }

        if (Direction)
        {
            table.Cell().Row(row).Column(column++).CentredCell(indicator.Direction?.Label());
        }

        if (Standard)
        {
            table.Cell().Row(row).Column(column).ValueCell(indicator.ScoringStandard);
        }
    }

    /// <summary>
    /// 总分 under the grid when the form states it: its label across the <paramref name="columnsBefore"/>
    /// columns before the weight column, the total in it, and the other scoring columns blank.
    /// </summary>
    public void TotalRow(TableDescriptor table, decimal? weightTotal, int columnsBefore)
    {
        if (WeightHeading is null || weightTotal is null)
        {
            return;
        }

        table.Cell().ColumnSpan(columnsBefore).LabelCell("总分");
        table.Cell().CentredCell(Points(weightTotal));
        if (Count > 1)
        {
            table.Cell().ColumnSpan(Count - 1).ValueCell(string.Empty);
        }
    }

    /// <summary>A weight as the form writes it: 20, 7.5.</summary>
    public static string? Points(decimal? weight) => IndicatorWeights.Format(weight);
}
