using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Pdf.Composition;

namespace PerfTargets.Pdf.Layouts;

/// <summary>A declaration as every layout prints it alike: the PDF's title and the 项目期.</summary>
internal static class PrintedDeclaration
{
    public static DocumentInfo Info(DeclarationPrint print) =>
        new($"{print.Declaration.ProjectName}（{print.Declaration.BudgetYear.ToString(CultureInfo.InvariantCulture)}年度）项目支出绩效目标申报表", print.DepartmentName)
        {
            Created = print.VersionSubmittedAt,
        };

    /// <summary>项目期 as filed (长期, 2022年度), else the start and end dates.</summary>
    public static string Period(Declaration declaration)
    {
        if (!string.IsNullOrWhiteSpace(declaration.PeriodText))
        {
            return declaration.PeriodText;
        }

        var from = declaration.StartDate?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var to = declaration.EndDate?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        return from is null && to is null ? string.Empty : $"{from}—{to}";
    }
}
