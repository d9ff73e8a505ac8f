using PerfTargets.Pdf.Layouts;
using PerfTargets.Sheets.Declarations;

namespace PerfTargets.Web.Exchange;

/// <summary>What a declaration's workbook shows, taken from what its print shows: the same frozen version, number and hash.</summary>
public static class SheetDeclarations
{
    public static SheetDeclaration From(DeclarationPrint print, string? exportedBy)
    {
        ArgumentNullException.ThrowIfNull(print);
        return new SheetDeclaration
        {
            Declaration = print.Declaration,
            DepartmentName = print.DepartmentName,
            DepartmentCode = print.DepartmentCode,
            SupervisingDepartment = print.SupervisingDepartment,
            Framework = print.Framework,
            OmitEmptyLevel2s = print.OmitEmptyLevel2s,
            VersionNumber = print.VersionNumber,
            VersionHash = print.Verification?.ContentHash ?? print.VersionHash,
            ExportedBy = exportedBy,
        };
    }
}
