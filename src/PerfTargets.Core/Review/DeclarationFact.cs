using System.Globalization;
using PerfTargets.Core.Money;

namespace PerfTargets.Core.Review;

/// <summary>
/// One field of a declaration as text, with the section and label the form gives it; a field of a
/// row (budget line, indicator, safeguard) also names the row by what identifies it to a reader.
/// </summary>
public sealed record DeclarationFact(string Section, string? Row, string Label, string Value);

/// <summary>Lays a declaration out as facts, in form order, so that two versions compare field by field.</summary>
public static class DeclarationFacts
{
    public static IReadOnlyList<DeclarationFact> Of(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var facts = new List<DeclarationFact>();
        void Add(string section, string? row, string label, string? value) =>
            facts.Add(new DeclarationFact(section, row, label, value?.Trim() ?? string.Empty));

        const string header = "基本信息";
        Add(header, null, "项目名称", declaration.ProjectName);
        Add(header, null, "项目编码", declaration.ProjectCode);
        Add(header, null, "主管部门", declaration.SupervisingDepartment);
        Add(header, null, "实施单位", declaration.ImplementingUnit);
        Add(header, null, "项目属性", declaration.Kind.Label());
        Add(header, null, "项目类别", declaration.Category?.Label());
        Add(header, null, "项目期", declaration.PeriodText);
        Add(header, null, "起始日期", Date(declaration.StartDate));
        Add(header, null, "结束日期", Date(declaration.EndDate));
        Add(header, null, "项目负责人", declaration.ProjectLeader);
        Add(header, null, "联系人", declaration.ContactPerson);
        Add(header, null, "联系电话", declaration.ContactPhone);
        Add(header, null, "填报人", declaration.FilledBy);
        Add(header, null, "填报日期", Date(declaration.FilledOn));
        Add(header, null, "金额单位", declaration.MoneyUnit.Label());

        foreach (var field in NarrativeFields.All)
        {
            Add("项目情况", null, field.Label, field.Get(declaration.Narrative));
        }

        foreach (var column in FundingColumns.All)
        {
            foreach (var field in FundingFields.All)
            {
                Add("项目资金", null, $"{column.Label} · {field.Label.Replace("其中：", string.Empty, StringComparison.Ordinal)}", Yuan(field.Get(column.Get(declaration))));
            }
        }

        foreach (var (line, name) in Named(declaration.BudgetLines, l => l.Item))
        {
            Add("项目支出预算明细", name, "项目内容", line.Content);
            Add("项目支出预算明细", name, "数量", Number(line.Quantity) + line.QuantityUnit);
            Add("项目支出预算明细", name, "支出标准", Yuan(line.UnitStandard) + (line.StandardUnit is null ? "" : "/" + line.StandardUnit));
            Add("项目支出预算明细", name, "金额", Yuan(line.Amount));
            Add("项目支出预算明细", name, "前年实际执行数", Yuan(line.ActualTwoYearsBefore));
            Add("项目支出预算明细", name, "上年实际执行数", Yuan(line.ActualYearBefore));
            Add("项目支出预算明细", name, "依据", line.Basis);
            Add("项目支出预算明细", name, "备注", line.Remark);
        }

        Add("项目支出预算明细", null, "合计（填报数）", Yuan(declaration.StatedBudgetLineTotals.Amount));
        Add("项目支出预算明细", null, "前年实际执行数合计（填报数）", Yuan(declaration.StatedBudgetLineTotals.ActualTwoYearsBefore));
        Add("项目支出预算明细", null, "上年实际执行数合计（填报数）", Yuan(declaration.StatedBudgetLineTotals.ActualYearBefore));

        foreach (var point in DisbursementPoints.All)
        {
            Add("资金支出计划", null, point.Label, point.Get(declaration.DisbursementPlan) is { } p ? Number(p) + "%" : null);
        }

        Add("绩效目标", null, "中期目标年度", declaration.MidTermStartYear is null ? null : $"{declaration.MidTermStartYear}—{declaration.MidTermEndYear}");
        Numbered(facts, "中期目标", declaration.MidTermGoals);
        Numbered(facts, "年度目标", declaration.AnnualGoals);

        foreach (var (indicator, name) in Named(declaration.Indicators, i => $"{i.Level1} › {i.Level2} › {i.Name}"))
        {
            Add("绩效指标", name, "指标性质", indicator.Nature.Label());
            Add("绩效指标", name, "中期指标值", indicator.MidTerm.Display());
            Add("绩效指标", name, "年度指标值", indicator.Annual.Display());
            Add("绩效指标", name, "指标内容", indicator.Description);
            Add("绩效指标", name, "指标值确定依据", indicator.Basis?.Label());
            Add("绩效指标", name, "备注", indicator.Remark);
            Add("绩效指标", name, "权重", Number(indicator.Weight));
            Add("绩效指标", name, "指标方向", indicator.Direction?.Label());
            Add("绩效指标", name, "评分标准", indicator.ScoringStandard);
            Add("绩效指标", name, "不适用", indicator.NotApplicable ? "是" : null);
        }

        Add("绩效指标", null, "总分", Number(declaration.WeightTotal));
        foreach (var level1 in declaration.Level1Weights)
        {
            Add("绩效指标", level1.Level1, "一级指标分值", Number(level1.Weight));
        }

        foreach (var (safeguard, name) in Named(declaration.Safeguards, s => s.Category))
        {
            Add("制度保障", name, "文件名称", safeguard.DocumentName);
            Add("制度保障", name, "具体措施", safeguard.Measures);
            Add("制度保障", name, "保障阶段", safeguard.Stages.Label());
        }

        return facts;
    }

    private static void Numbered(List<DeclarationFact> facts, string label, List<string> goals)
    {
        for (var i = 0; i < goals.Count; i++)
        {
            facts.Add(new DeclarationFact("绩效目标", null, $"{label}{i + 1}", goals[i].Trim()));
        }
    }

    /// <summary>Rows named by what identifies them; a repeated name gets （2）, （3）… in order.</summary>
    private static IEnumerable<(T Row, string Name)> Named<T>(IEnumerable<T> rows, Func<T, string> name)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = name(row).Trim();
            seen[key] = seen.GetValueOrDefault(key) + 1;
            yield return (row, seen[key] == 1 ? key : $"{key}（{seen[key]}）");
        }
    }

    private static string? Yuan(decimal? amount) => amount is { } value ? MoneyUnit.Yuan.FormatWithLabel(value) : null;

    private static string Number(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? Date(DateOnly? date) => date is { } day ? Rounds.ChinaCalendar.Text(day) : null;
}
