using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Printing;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Sheets.Declarations;

/// <summary>One reading of the 申报表 sheet into a declaration, each part found by its label.</summary>
internal sealed class FormReading(ReadSheet sheet, Declaration declaration, List<SheetProblem> problems)
{
    /// <summary>Where each label stands, first occurrence, by its text without spaces and a trailing colon.</summary>
    private readonly Dictionary<string, CellReference> labels = sheet.Filled
        .GroupBy(c => Plain(sheet[c].Text))
        .Where(g => g.Key.Length > 0)
        .ToDictionary(g => g.Key, g => g.First());

    /// <summary>Where each indicator read has its 一级, in the order of the declaration's indicators.</summary>
    public List<string> Level1Cells { get; } = [];

    public void Read(FormDefaults defaults)
    {
        YearAndUnit();
        ProjectName();
        foreach (var field in HeaderFields.All)
        {
            if (ValueRightOf(field.Label) is { } at && field.Read(declaration, sheet[at]) is { } error)
            {
                Problem(at, error);
            }
        }

        // A field the form filled in for the blank one reads back blank, as it was.
        if (declaration.ImplementingUnit == defaults.ImplementingUnit)
        {
            declaration.ImplementingUnit = null;
        }

        if (declaration.SupervisingDepartment == defaults.SupervisingDepartment)
        {
            declaration.SupervisingDepartment = null;
        }

        foreach (var field in NarrativeFields.All)
        {
            if (ValueRightOf(field.Label) is { } at)
            {
                field.Set(declaration.Narrative, ListReading.Text(sheet[at]));
            }
        }

        Funding("年度资金总额", declaration.AnnualFunding, midTermLabel: "中期资金总额", declaration.MidTermFunding);
        Funding("以前年度已安排总额", declaration.PriorYearsFunding, midTermLabel: null, null);
        DisbursementPlan();
        Goals();
        IndicatorTable.Read(sheet, declaration, problems, Level1Cells);
    }

    private void YearAndUnit()
    {
        var top = sheet.Filled.Where(c => c.Row <= 6).ToList();
        var yearCell = top.FirstOrDefault(c => sheet[c].Text.Contains("年度", StringComparison.Ordinal) || FormSheetReader.Year().IsMatch(sheet[c].Text) && c.Row > 1);
        var year = top.Select(c => FormSheetReader.Year().Match(sheet[c].Text)).FirstOrDefault(m => m.Success);
        if (year is not null && int.TryParse(year.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var budgetYear) && BudgetYears.Contains(budgetYear))
        {
            declaration.BudgetYear = budgetYear;
        }
        else
        {
            Problem(yearCell == default ? new CellReference(2, 1) : yearCell, $"缺少预算年度：请在标题下写明，如“（2025年度）”（{BudgetYears.Span}）。");
        }

        var unit = top.Select(c => FormSheetReader.MoneyUnitLine().Match(sheet[c].Text)).FirstOrDefault(m => m.Success);
        declaration.MoneyUnit = unit?.Groups[1].Value == "万元" ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan;
    }

    private void ProjectName()
    {
        if (ValueRightOf("项目名称") is not { } at)
        {
            Problem(new CellReference(4, 1), "找不到“项目名称”：请使用本系统的模板，不要删除“项目名称”一栏。");
            return;
        }

        declaration.ProjectName = sheet[at].ToString().Trim();
        if (declaration.ProjectName.Length == 0)
        {
            Problem(at, "缺少项目名称。");
        }
    }

    /// <summary>
    /// 项目资金: from the total's label down its column, each line's label names its field and the
    /// amount stands right of it; the 中期 half in its own columns when the form has one.
    /// </summary>
    private void Funding(string annualLabel, FundingSplit annual, string? midTermLabel, FundingSplit? midTerm)
    {
        if (labels.GetValueOrDefault(annualLabel) is { Row: > 0 } annualAt)
        {
            FundingColumn(annualAt, annual);
        }

        if (midTermLabel is not null && midTerm is not null && labels.GetValueOrDefault(midTermLabel) is { Row: > 0 } midAt)
        {
            FundingColumn(midAt, midTerm);
        }
    }

    private void FundingColumn(CellReference total, FundingSplit split)
    {
        SetAmount(total, split, FundingFields.All[0]);
        for (var row = total.Row + 1; row <= sheet.LastRow; row++)
        {
            var label = new CellReference(row, total.Column);
            if (sheet.IsCovered(label) || FundingLines.PartNamed(sheet[label].Text) is not { } field)
            {
                return;
            }

            SetAmount(label, split, field);
        }
    }

    private void SetAmount(CellReference label, FundingSplit split, FundingField field)
    {
        var at = new CellReference(label.Row, sheet.LastColumnOf(label) + 1);
        var amount = CellReading.Money(sheet[at], declaration.MoneyUnit, out var error);
        if (error is not null)
        {
            Problem(at, error);
        }

        field.Set(split, amount);
    }

    private void DisbursementPlan()
    {
        foreach (var point in DisbursementPoints.All)
        {
            if (labels.GetValueOrDefault(point.Label) is not { Row: > 0 } at)
            {
                continue;
            }

            var value = new CellReference(at.Row + 1, at.Column);
            var cell = sheet[value];
            var percent = cell.IsBlank ? null : CellReading.Number(cell, out _);
            if (!cell.IsBlank && percent is null)
            {
                Problem(value, "资金支出计划须填百分比数字，如 25。");
            }

            point.Set(declaration.DisbursementPlan, percent);
        }
    }

    /// <summary>年度目标 and 中期目标（2022年—2024年）: their goals in the cell under the heading, one a line.</summary>
    private void Goals()
    {
        if (labels.GetValueOrDefault("年度目标") is { Row: > 0 } annual)
        {
            declaration.AnnualGoals = FormText.SplitGoals(sheet[annual.Row + 1, annual.Column].Text);
        }

        var midTerm = labels.FirstOrDefault(l => l.Key.StartsWith("中期目标", StringComparison.Ordinal));
        if (midTerm.Key is null)
        {
            return;
        }

        declaration.MidTermGoals = FormText.SplitGoals(sheet[midTerm.Value.Row + 1, midTerm.Value.Column].Text);
        if (FormSheetReader.YearRange().Match(midTerm.Key) is { Success: true } years)
        {
            declaration.MidTermStartYear = int.Parse(years.Groups[1].Value, CultureInfo.InvariantCulture);
            declaration.MidTermEndYear = int.Parse(years.Groups[2].Value, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The cell right of a label (after its merged range), or null when the form has no such label.</summary>
    private CellReference? ValueRightOf(string label) =>
        labels.TryGetValue(label, out var at) ? new CellReference(at.Row, sheet.LastColumnOf(at) + 1) : null;

    private void Problem(CellReference at, string message) => problems.Add(new SheetProblem(sheet.Address(at), message));

    internal static string Plain(string text) => IndicatorColumns.Plain(text).TrimEnd('：', ':');
}
