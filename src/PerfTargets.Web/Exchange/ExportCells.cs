using PerfTargets.Core.Money;
using PerfTargets.Sheets.Tables;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Web.Exchange;

/// <summary>The cells every exported list writes alike.</summary>
public static class ExportCells
{
    /// <summary>年度资金 in <paramref name="unit"/> as a number (blank when not filled), with <paramref name="total"/> in bold in the 合计 row.</summary>
    public static TableColumn<T> AmountColumn<T>(MoneyUnit unit, Func<T, decimal?> yuan, decimal total) =>
        new($"年度资金（{unit.Label()}）", 15, row => AmountStyles.Cell(unit, yuan(row))) { Total = AmountStyles.Cell(unit, total, total: true) };
}
