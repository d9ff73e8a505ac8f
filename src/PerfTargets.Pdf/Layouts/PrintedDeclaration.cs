namespace PerfTargets.Pdf.Layouts;

/// <summary>A declaration as every layout prints it alike: the PDF's title.</summary>
internal static class PrintedDeclaration
{
    public static DocumentInfo Info(DeclarationPrint print) =>
        new($"{print.Declaration.ProjectName}（{print.Declaration.BudgetYear.ToString(CultureInfo.InvariantCulture)}年度）项目支出绩效目标申报表", print.DepartmentName)
        {
            Created = print.VersionSubmittedAt,
        };
}
