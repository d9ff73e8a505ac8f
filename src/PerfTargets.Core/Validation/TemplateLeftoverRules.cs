using System.Text.RegularExpressions;
using static PerfTargets.Core.Validation.Review.IndicatorReading;

namespace PerfTargets.Core.Validation;

/// <summary>
/// 模板残留: what the filer copied from the template and never replaced — the value placeholders
/// (“（≥**%）”, XX, ××), the template's numbering (“指标1：”), the star that marks a core indicator
/// in the template, and the template's own instructions. Placeholders are errors: the form says
/// nothing where they stand. A per-cent sign with no figure before it (“按总客%”, “（≥%）”) is what a
/// placeholder leaves when its stars are deleted and nothing typed in: a warning.
/// </summary>
internal sealed partial class TemplateLeftoverRules : AbstractValidator<Declaration>
{
    /// <summary>The characters a placeholder is made of: texts without any are not searched.</summary>
    private static readonly System.Buffers.SearchValues<char> PlaceholderMarks = System.Buffers.SearchValues.Create("*＊Xx×Ｘ");

    public TemplateLeftoverRules()
    {
        RuleFor(d => d).Custom((declaration, context) =>
        {
            // Places and paths are built only for a finding: a clean row costs a few searches of its text.
            if (Leftover(declaration.ProjectName) is { } inName)
            {
                Report(context, inName, "projectName", "项目名称");
            }

            for (var i = 0; i < declaration.MidTermGoals.Count; i++)
            {
                if (Leftover(declaration.MidTermGoals[i]) is { } inGoal)
                {
                    Report(context, inGoal, $"midTermGoals[{i}]", $"中期目标第 {i + 1} 条");
                }
            }

            for (var i = 0; i < declaration.AnnualGoals.Count; i++)
            {
                if (Leftover(declaration.AnnualGoals[i]) is { } inGoal)
                {
                    Report(context, inGoal, $"annualGoals[{i}]", $"年度目标第 {i + 1} 条");
                }
            }

            for (var i = 0; i < declaration.Indicators.Count; i++)
            {
                var indicator = declaration.Indicators[i];
                if (Leftover(indicator.Name) is { } inIndicatorName)
                {
                    Report(context, inIndicatorName, $"indicators[{i}].name", $"三级指标{Label(indicator, i)}");
                }

                if (NameLeftover(indicator.Name) is { } numberingOrStar)
                {
                    Report(context, numberingOrStar, $"indicators[{i}].name", $"三级指标{Label(indicator, i)}");
                }

                foreach (var (target, member, period) in FilledTargets(indicator))
                {
                    if (Leftover(target.Text) is { } inTarget)
                    {
                        Report(context, inTarget, TargetPath(i, member), $"{Label(indicator, i)}的{period}");
                    }
                }
            }
        });
    }

    private static void Report(ValidationContext<Declaration> context, (string Said, Severity Severity) found, string path, string place) =>
        context.Report(DeclarationRule.TemplateLeftover, path, place + found.Said, found.Severity);

    /// <summary>A placeholder or the template's instructions in <paramref name="text"/>: what to say after its place, and how serious.</summary>
    private static (string Said, Severity Severity)? Leftover(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.AsSpan().IndexOfAny(PlaceholderMarks) >= 0 && Placeholder().Match(text) is { Success: true } placeholder)
        {
            return ($"中留有模板占位符“{placeholder.Value.Trim()}”：请删去，把指标值写在指标值栏（如“≥95%”）。", Severity.Error);
        }

        if (Instruction().Match(text) is { Success: true } instruction)
        {
            return ($"中留有模板的填表说明“{instruction.Value}…”：请删去。", Severity.Warning);
        }

        return text.AsSpan().IndexOfAny('%', '％') >= 0 && PercentWithoutFigure().Match(text) is { Success: true } bare
            ? ($"中的“{bare.Value.Trim()}”百分号前没有数字：请写出比例（如“20%”）。", Severity.Warning)
            : null;
    }

    /// <summary>The template's numbering (“指标1：”) or core-indicator star at the start of a 三级 name.</summary>
    private static (string Said, Severity Severity)? NameLeftover(string name)
    {
        if (Numbering().Match(name) is { Success: true } numbering)
        {
            return ($"以模板的编号“{numbering.Value.Trim()}”开头：请只写指标名称。", Severity.Warning);
        }

        return CoreStar().Match(name) is { Success: true } star ? ($"带有模板标记核心指标的“{star.Value.Trim()}”：请只写指标名称。", Severity.Warning) : null;
    }

    /// <summary>**, ＊＊, XX, ××: in brackets with what the template put around them (“(≥**%)”), or with the comparator before them.</summary>
    [GeneratedRegex(@"[（(]\s*(?:[≥≤<>=＞＜]=?)?\s*(?:\*{2,}|＊{2,}|X{2,}|x{2,}|×{2,}|Ｘ{2,})[^()（）\s]{0,6}\s*[)）]|(?:[≥≤<>=＞＜]=?)?\s*(?:\*{2,}|＊{2,}|X{2,}|x{2,}|×{2,}|Ｘ{2,})")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^\\s*(?:指标|目标)\\s*[0-9０-９一二三四五六七八九十]+\\s*[:：.、]")]
    private static partial Regex Numbering();

    [GeneratedRegex("^\\s*[*＊★☆]+")]
    private static partial Regex CoreStar();

    /// <summary>A % after something that is not a figure, with up to three characters before it to quote.</summary>
    [GeneratedRegex(@"[^\d０-９.．*＊Xx×Ｘ%％\s]{1,3}\s*[%％]")]
    private static partial Regex PercentWithoutFigure();

    [GeneratedRegex("各地请根据实际情况|从上述绩效指标中选择|(?:三颗星|★★★)为必填|请根据项目实际填写|此处填写")]
    private static partial Regex Instruction();
}
