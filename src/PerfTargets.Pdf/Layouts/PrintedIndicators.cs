namespace PerfTargets.Pdf.Layouts;

/// <summary>The indicator grid's rows as a layout prints them (<see cref="IndicatorGrid"/>), by what the layout's paper shows and the user asked.</summary>
internal static class PrintedIndicators
{
    /// <summary>The rows; every 二级 only when the layout's paper shows them, the framework is known and the user did not leave them out.</summary>
    public static IndicatorTree Tree(DeclarationPrint print, bool paperShowsEveryLevel2) =>
        IndicatorGrid.Rows(print.Declaration, paperShowsEveryLevel2 && !print.OmitEmptyLevel2s ? print.Framework : null);
}
