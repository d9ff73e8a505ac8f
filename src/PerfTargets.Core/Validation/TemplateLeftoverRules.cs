using System.Text.RegularExpressions;
using FluentValidation;
using PerfTargets.Core.Declarations;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 模板残留: what the filer copied from the template and never replaced — the value placeholders
/// (“（≥**%）”, XX, ××), the template's numbering (“指标1：”), the star that marks a core indicator
/// in the template, and the template's own instructions. Placeholders are errors: the form says
/// nothing where they stand.
/// </summary>
internal sealed partial class TemplateLeftoverRules : AbstractValidator<Declaration>
{
    public TemplateLeftoverRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            Text(context, declaration.ProjectName, "projectName", "项目名称");
            for (var i = 0; i < declaration.MidTermGoals.Count; i++)
            {
                Text(context, declaration.MidTermGoals[i], $"midTermGoals[{i}]", $"中期目标第 {i + 1} 条");
            }

            for (var i = 0; i < declaration.AnnualGoals.Count; i++)
            {
                Text(context, declaration.AnnualGoals[i], $"annualGoals[{i}]", $"年度目标第 {i + 1} 条");
            }

            for (var i = 0; i < declaration.Indicators.Count; i++)
            {
                var indicator = declaration.Indicators[i];
                var label = Label(indicator, i);
                Text(context, indicator.Name, $"indicators[{i}].name", $"三级指标{label}");
                Name(context, indicator.Name, $"indicators[{i}].name", label);

                foreach (var (target, path, period) in FilledTargets(indicator, i))
                {
                    Text(context, target.Text, path, $"{label}的{period}");
                }
            }
        });
    }

    /// <summary>Reports a placeholder or the template's instructions.</summary>
    private static void Text(ValidationContext<Declaration> context, string? text, string path, string place)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (Placeholder().Match(text) is { Success: true } placeholder)
        {
            context.Report(DeclarationRule.TemplateLeftover, path,
                $"{place}中留有模板占位符“{placeholder.Value.Trim()}”：请删去，把指标值写在指标值栏（如“≥95%”）。");
        }
        else if (Instruction().Match(text) is { Success: true } instruction)
        {
            context.Report(DeclarationRule.TemplateLeftover, path,
                $"{place}中留有模板的填表说明“{instruction.Value}…”：请删去。", Severity.Warning);
        }
    }

    private static void Name(ValidationContext<Declaration> context, string name, string path, string label)
    {
        if (Numbering().Match(name) is { Success: true } numbering)
        {
            context.Report(DeclarationRule.TemplateLeftover, path,
                $"三级指标{label}以模板的编号“{numbering.Value.Trim()}”开头：请只写指标名称。", Severity.Warning);
        }
        else if (CoreStar().Match(name) is { Success: true } star)
        {
            context.Report(DeclarationRule.TemplateLeftover, path,
                $"三级指标{label}带有模板标记核心指标的“{star.Value.Trim()}”：请只写指标名称。", Severity.Warning);
        }
    }

    /// <summary>**, ＊＊, XX, ××: in brackets with what the template put around them (“(≥**%)”), or with the comparator before them.</summary>
    [GeneratedRegex(@"[（(]\s*(?:[≥≤<>=＞＜]=?)?\s*(?:\*{2,}|＊{2,}|X{2,}|x{2,}|×{2,}|Ｘ{2,})[^()（）\s]{0,6}\s*[)）]|(?:[≥≤<>=＞＜]=?)?\s*(?:\*{2,}|＊{2,}|X{2,}|x{2,}|×{2,}|Ｘ{2,})")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^\\s*(?:指标|目标)\\s*[0-9０-９一二三四五六七八九十]+\\s*[:：.、]")]
    private static partial Regex Numbering();

    [GeneratedRegex("^\\s*[*＊★☆]+")]
    private static partial Regex CoreStar();

    [GeneratedRegex("各地请根据实际情况|从上述绩效指标中选择|(?:三颗星|★★★)为必填|请根据项目实际填写|此处填写")]
    private static partial Regex Instruction();
}
