using PerfTargets.Core.Departments;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Verification;

namespace PerfTargets.Core.Printing;

/// <summary>
/// 打印内容: everything a 申报表 layout prints (PDF or workbook) — the declaration as it stands (a
/// draft) or as it was frozen (a submitted version), its department, the stamps and opinions it has earned so far.
/// </summary>
public sealed record DeclarationPrint
{
    public required Declaration Declaration { get; init; }

    /// <summary>填报单位</summary>
    public required string DepartmentName { get; init; }

    public string? DepartmentCode { get; init; }

    /// <summary>主管部门 and its code, when the filing unit has one above it.</summary>
    public string? SupervisingDepartment { get; init; }

    /// <summary>
    /// The 指标体系 the declaration was filed under: a layout whose paper shows every 二级 of it prints
    /// those with nothing filed as empty rows. Without it the grid holds what was filed.
    /// </summary>
    public IndicatorFramework? Framework { get; init; }

    /// <summary>The user asked for the 二级 with indicators only, even from a layout whose paper shows every 二级 (打印选项).</summary>
    public bool OmitEmptyLevel2s { get; init; }

    /// <summary>The unit's profile (seed 003's 单位基本信息).</summary>
    public UnitProfile? UnitProfile { get; init; }

    /// <summary>第 n 版 once submitted; null for a draft.</summary>
    public int? VersionNumber { get; init; }

    /// <summary>The frozen version's SHA-256 content hash (冻结版本哈希), checked when it was read; null for a draft.</summary>
    public string? VersionHash { get; init; }

    /// <summary>When the frozen version was submitted (UTC), the PDF's creation date; null for a draft.</summary>
    public DateTime? VersionSubmittedAt { get; init; }

    /// <summary>
    /// 调整后: the day (北京时间) this approved version's adjustment was approved; null for a first
    /// approval, a version under review or a draft. The print says so (<see cref="FormText.Adjusted"/>).
    /// </summary>
    public DateOnly? AdjustedOn { get; init; }

    /// <summary>A draft prints with a 草稿 watermark.</summary>
    public bool IsDraft => VersionNumber is null;

    /// <summary>The department's seal (PNG) beside 填报单位（盖章）, once submitted.</summary>
    public byte[]? DepartmentSeal { get; init; }

    /// <summary>One 审核意见 box per section of the review chain, in its order.</summary>
    public IReadOnlyList<ReviewBox> Reviews { get; init; } = [];

    /// <summary>In a department's document: the heading above the form (第二部分 …, 1、… 绩效目标表) and the section its contents line points to.</summary>
    public BatchEntry? Batch { get; init; }

    /// <summary>系统审批核验标记 of an approved version.</summary>
    public ApprovalMark? Verification { get; init; }

    /// <summary>
    /// Null for the full form; for the public's print (公开), the 项目情况 fields withheld as internal,
    /// besides people's names and telephone numbers, which it always withholds (see Publishing.PublicRedaction).
    /// </summary>
    public IReadOnlyList<string>? Redaction { get; init; }
}

/// <summary>Where a form stands in a department's document: its heading and the name of its section.</summary>
public sealed record BatchEntry(string Heading, string Section);

/// <summary>A review section's 审核意见 box: empty until the section approved, then its opinion, reviewer, date and seal.</summary>
public sealed record ReviewBox(string SectionName, string? Opinion = null, string? Reviewer = null, DateOnly? Date = null, byte[]? Seal = null)
{
    public bool Approved => Date is not null;
}
