using PerfTargets.Core.Declarations;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

/// <summary>
/// The limits of the rows' fields (checked in loops, not child validators) are reported under the
/// paths, with the messages and in the order FluentValidation's child rules gave them.
/// </summary>
public class RowLimitTests
{
    private static Declaration Broken()
    {
        var declaration = Create();
        declaration.AnnualGoals.Add("升级\u202E改造");
        declaration.BudgetLines[0].Amount = -1m;
        declaration.Indicators[1].Name = new string('指', DeclarationLimits.IndicatorName + 1);
        declaration.Indicators[2].MidTerm.Unit = "元\u0007";
        declaration.Safeguards =
        [
            new SystemSafeguard { Sequence = 1, Category = "管理制度" },
            new SystemSafeguard { Sequence = 2, Category = new string('类', DeclarationLimits.LineText + 1) },
        ];
        return declaration;
    }

    [Fact]
    public void R13_row_fields_fail_under_the_paths_fluent_validation_names()
    {
        var failures = StorageRules.Instance.Validate(Broken()).Errors;

        failures.Select(f => (f.PropertyName, f.ErrorMessage)).ShouldBe(
        [
            ("AnnualGoals[1]", "年度目标第 3 个字是不可见的控制字符（U+202E），请删除后再提交。"),
            ("BudgetLines[0].Amount", "金额应在 0 到 999,999,999,999.99 元之间，最多两位小数。"),
            ("Indicators[1].Name", "三级指标名称不能超过 300 个字。"),
            ("Indicators[2].MidTerm.Unit", "计量单位第 2 个字是不可见的控制字符（U+0007），请删除后再提交。"),
            ("Safeguards[1].Category", "类别不能超过 500 个字。"),
        ]);
        failures.ShouldAllBe(f => f.Severity == FluentValidation.Severity.Error);
    }

    [Fact]
    public void Goals_and_safeguards_are_counted_as_indicators_and_budget_lines_are()
    {
        var declaration = Create();
        declaration.MidTermGoals = [.. Enumerable.Repeat("目标", DeclarationLimits.MaxGoals)];
        declaration.AnnualGoals = [.. Enumerable.Repeat("目标", DeclarationLimits.MaxGoals + 1)];
        declaration.Safeguards = [.. Enumerable.Range(1, DeclarationLimits.MaxSafeguards + 1).Select(i => new SystemSafeguard { Sequence = i, Category = "管理制度" })];

        StorageRules.Instance.Validate(declaration).Errors.Select(f => (f.PropertyName, f.ErrorMessage)).ShouldBe(
        [
            ("AnnualGoals", "年度目标不能超过 100 条。"),
            ("Safeguards", "制度保障不能超过 100 行。"),
        ]);
    }

    [Fact]
    public void R13_row_problems_name_their_row()
    {
        var problems = Check(Broken()).Where(p => p.Rule == DeclarationRule.RequiredFields);

        problems.Select(p => (p.Path, p.Message)).ShouldBe(
        [
            ("annualGoals[1]", "年度目标第 2 条：年度目标第 3 个字是不可见的控制字符（U+202E），请删除后再提交。"),
            ("budgetLines[0].amount", "预算明细第 1 行：金额应在 0 到 999,999,999,999.99 元之间，最多两位小数。"),
            ("indicators[1].name", "第 2 个三级指标：三级指标名称不能超过 300 个字。"),
            ("indicators[2].midTerm.unit", "第 3 个三级指标：计量单位第 2 个字是不可见的控制字符（U+0007），请删除后再提交。"),
            ("safeguards[1].category", "制度保障第 2 行：类别不能超过 500 个字。"),
        ]);
    }
}
