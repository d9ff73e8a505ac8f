using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Printing;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Sheets.Writing;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// A declaration as a workbook (导出 Excel): the 申报表 sheet laid out as its family prints it, the
/// 指标明细 sheet for filtering, and 项目支出预算明细 / 制度保障 where the family or the declaration
/// has them; a frozen version carries its number and content hash in the footer, under the form
/// and in the document properties. The blank template (空白模板) is the same form with nothing filled.
/// </summary>
public static class DeclarationWorkbook
{
    /// <summary>How many empty 三级 rows the template leaves under each 二级.</summary>
    public const int TemplateRowsPerLevel2 = 2;

    /// <summary>The declaration as <paramref name="input"/> prints it, in the family of a layout; <paramref name="exportedBy"/> names the file's author.</summary>
    public static void Export(Stream stream, DeclarationPrint input, FormFamily family, string? exportedBy = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(family);
        var declaration = input.Declaration;
        var year = declaration.BudgetYear.ToString(CultureInfo.InvariantCulture);
        var custom = new List<KeyValuePair<string, string>> { new(WorkbookFacts.Layout, family.Key) };
        AddIfGiven(custom, WorkbookFacts.FrameworkCode, input.Framework?.Code);
        AddIfGiven(custom, WorkbookFacts.DepartmentCode, input.DepartmentCode);
        AddIfGiven(custom, WorkbookFacts.VersionNumber, input.VersionNumber?.ToString(CultureInfo.InvariantCulture));
        AddIfGiven(custom, WorkbookFacts.ContentHash, input.VersionHash);
        var info = new WorkbookInfo
        {
            Title = $"{declaration.ProjectName}（{year}年度）项目支出绩效目标申报表",
            Creator = exportedBy ?? input.DepartmentName,
            Subject = "项目支出绩效目标申报表",
            Keywords = $"绩效目标;{year};{input.DepartmentName}",
            Description = VersionNote(input),
            Custom = custom,
        };
        var footer = new HeaderFooterText(VersionNote(input), HeaderFooterText.PageOfPages);
        IReadOnlyList<string> notes = input is { VersionNumber: { } number, VersionHash: { } hash }
            ? [$"第 {number} 版　内容哈希（SHA-256）：{hash}"]
            : [];
        using var workbook = WorkbookWriter.Create(stream, info);
        new FormSheet(input, family).Write(workbook, footer, notes);
        IndicatorDetailSheet.Write(workbook, declaration, footer);
        WriteLists(workbook, declaration, family, footer);
    }

    /// <summary>
    /// The blank form of a family: empty fields, the framework's 一级 and 二级 with empty 三级 rows
    /// under each, and how to fill it; <paramref name="framework"/> may be null when no year has one.
    /// </summary>
    public static void Template(Stream stream, FormFamily family, IndicatorFramework? framework, string departmentName, string? departmentCode)
    {
        ArgumentNullException.ThrowIfNull(family);
        var declaration = new Declaration { MoneyUnit = MoneyUnit.Yuan, Indicators = TemplateRows(framework) };
        var input = new DeclarationPrint { Declaration = declaration, DepartmentName = departmentName, DepartmentCode = departmentCode, Framework = framework };
        var custom = new List<KeyValuePair<string, string>> { new(WorkbookFacts.Layout, family.Key) };
        AddIfGiven(custom, WorkbookFacts.FrameworkCode, framework?.Code);
        AddIfGiven(custom, WorkbookFacts.DepartmentCode, departmentCode);
        var info = new WorkbookInfo
        {
            Title = $"{family.Title}（空白模板）",
            Creator = departmentName,
            Subject = "项目支出绩效目标申报表",
            Keywords = "绩效目标;模板",
            Custom = custom,
        };
        var footer = new HeaderFooterText("空白模板", HeaderFooterText.PageOfPages);
        using var workbook = WorkbookWriter.Create(stream, info);
        new FormSheet(input with { OmitEmptyLevel2s = true }, family).Write(workbook, footer, Instructions);
        WriteLists(workbook, declaration, family, footer);
    }

    /// <summary>How to fill the template, under the form.</summary>
    public static IReadOnlyList<string> Instructions { get; } =
    [
        "填表说明：",
        "1. 在“（　　　　年度）”处填写预算年度，如“（2025年度）”；“单位：元”可改为“单位：万元”，所有金额按所写单位填写数字（可带千位分隔符）。",
        "2. 指标值写成“≥95%”“8个”“≤6小时”或“持续提升”等等级文字；写数值时须带计量单位。填“不适用”表示该行不适用。",
        $"3. 每个二级指标下预留 {TemplateRowsPerLevel2} 行三级指标；不够时在该二级指标的行中间插入整行（合并单元格随之延伸），用不上的行留空即可。",
        "4. 目标每行写一条，可写成“目标1：……”。",
        "5. 保存为 .xlsx 后，在系统的“导入 Excel”页面上传：有问题时逐条指出所在工作表和单元格，全部改正后才会导入。",
    ];

    private static List<Indicator> TemplateRows(IndicatorFramework? framework) => framework is null
        ? []
        : [.. framework.Level1s.OrderBy(l => l.Sequence).SelectMany(level1 => level1.Level2s.OrderBy(l => l.Sequence)
            .SelectMany(level2 => Enumerable.Range(0, TemplateRowsPerLevel2).Select(_ => new Indicator { Level1 = level1.Name, Level2 = level2.Name })))
            .Select((indicator, i) => { indicator.Sequence = i + 1; return indicator; })];

    private static void WriteLists(WorkbookWriter workbook, Declaration declaration, FormFamily family, HeaderFooterText footer)
    {
        if (family.BudgetLines || declaration.BudgetLines.Count > 0 || !declaration.StatedBudgetLineTotals.IsEmpty)
        {
            BudgetLineSheet.Write(workbook, declaration, footer);
        }

        if (family.Safeguards || declaration.Safeguards.Count > 0)
        {
            SafeguardSheet.Write(workbook, declaration, footer);
        }
    }

    /// <summary>第 2 版 · 内容哈希 3f2a…（前 12 位）, or 草稿，未提交, as the PDF's footer says it.</summary>
    private static string VersionNote(DeclarationPrint input) => input.VersionNumber is { } number
        ? $"第 {number} 版" + (input.VersionHash is { } hash ? $" · 内容哈希 {hash[..Math.Min(12, hash.Length)]}" : string.Empty)
        : "草稿，未提交";

    private static void AddIfGiven(List<KeyValuePair<string, string>> custom, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            custom.Add(new(name, value));
        }
    }
}
