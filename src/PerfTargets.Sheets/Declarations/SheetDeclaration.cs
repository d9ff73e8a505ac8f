using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// 导出内容: what a declaration's workbook shows — the declaration as it stands (a draft) or as it
/// was frozen (a submitted version), its department, its framework, and a frozen version's number
/// and content hash.
/// </summary>
public sealed record SheetDeclaration
{
    public required Declaration Declaration { get; init; }

    /// <summary>填报单位</summary>
    public required string DepartmentName { get; init; }

    /// <summary>单位编码, which an import checks against the user's own.</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>主管部门及代码 as the print shows it.</summary>
    public string? SupervisingDepartment { get; init; }

    /// <summary>The 指标体系 filed under: its code goes into the file, and a form whose paper shows every 二级 lists them.</summary>
    public IndicatorFramework? Framework { get; init; }

    /// <summary>The user asked for the 二级 with indicators only (打印选项).</summary>
    public bool OmitEmptyLevel2s { get; init; }

    /// <summary>第 n 版 once submitted; null for a draft.</summary>
    public int? VersionNumber { get; init; }

    /// <summary>The frozen version's SHA-256 content hash; null for a draft.</summary>
    public string? VersionHash { get; init; }

    /// <summary>Who made the file, for its document properties.</summary>
    public string? ExportedBy { get; init; }
}
