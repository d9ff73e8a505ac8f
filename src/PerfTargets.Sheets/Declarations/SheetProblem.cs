namespace PerfTargets.Sheets.Declarations;

/// <summary>A problem of an imported file at its cell: “申报表!D14：‘≥95’缺少计量单位”.</summary>
public sealed record SheetProblem(string Address, string Message)
{
    public override string ToString() => $"{Address}：{Message}";
}
