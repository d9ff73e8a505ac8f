using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Library;

/// <summary>
/// What a library entry (指标库条目) needs before it is saved, by the admin's form or an imported
/// workbook: a 三级 name within the length a declaration's 三级 may have (so a filer can take it as
/// written), a 一级 and 二级 that the chosen framework files together, and every text within
/// the column the database gives it. A null framework: the entry names none that exists.
/// </summary>
public sealed class LibraryEntryValidator : AbstractValidator<LibraryEntry>
{
    public LibraryEntryValidator(IndicatorFramework? framework)
    {
        RuleFor(e => e.FrameworkId).Must(_ => framework is not null).WithMessage("请选择指标体系。");
        RuleFor(e => e.Level1).NotEmpty().WithMessage("请填写一级指标。")
            .Must(level1 => framework?.FindLevel1(level1) is not null).When(_ => framework is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage((_, level1) => $"指标体系“{framework!.Name}”中没有一级指标“{level1}”；可用的有：{string.Join("、", framework.Level1s.Select(l => l.Name))}。");
        RuleFor(e => e.Level2).NotEmpty().WithMessage("请填写二级指标。")
            .Must((e, level2) => framework!.Allows(e.Level1, level2)).When(e => framework?.FindLevel1(e.Level1) is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage((e, level2) => $"一级指标“{e.Level1}”下没有二级指标“{level2}”；可用的有：{string.Join("、", framework!.FindLevel1(e.Level1)!.Level2s.Select(l => l.Name))}。");
        RuleFor(e => e.Name).NotEmpty().WithMessage("请填写三级指标名称。")
            .MaximumLength(DeclarationLimits.IndicatorName).WithMessage($"三级指标名称不能超过 {DeclarationLimits.IndicatorName} 个字。").PlainText("三级指标名称");
        RuleFor(e => e.Nature).IsInEnum().WithMessage("请选择指标性质（定量或定性）。");
        RuleFor(e => e.Unit).MaximumLength(DeclarationLimits.Unit).WithMessage($"计量单位不能超过 {DeclarationLimits.Unit} 个字。").PlainText("计量单位");
        RuleFor(e => e.Unit).Empty().When(e => e.Nature == IndicatorNature.Qualitative).WithMessage("定性指标没有计量单位：请留空，或把指标性质改为定量。");
        RuleFor(e => e.Comparator).IsInEnum().WithMessage("请选择比较符。");
        RuleFor(e => e.Direction).IsInEnum().WithMessage("请选择指标方向。");
        RuleFor(e => e.Basis).IsInEnum().WithMessage("请选择指标值确定依据。");
        RuleFor(e => e.Formula).MaximumLength(DeclarationLimits.LineText).WithMessage($"计算公式不能超过 {DeclarationLimits.LineText} 个字。").PlainText("计算公式");
        RuleFor(e => e.Sectors).MaximumLength(DeclarationLimits.LineText).WithMessage($"适用行业不能超过 {DeclarationLimits.LineText} 个字。").PlainText("适用行业");
        RuleFor(e => e.Example).MaximumLength(DeclarationLimits.TargetText).WithMessage($"示例指标值不能超过 {DeclarationLimits.TargetText} 个字。").PlainText("示例指标值");
        RuleFor(e => e.Source).NotEmpty().WithMessage($"请填写来源（所依据的文件；本单位补充的可写“{LibraryEntry.LocalSource}”）。")
            .MaximumLength(DeclarationLimits.LineText).WithMessage($"来源不能超过 {DeclarationLimits.LineText} 个字。").PlainText("来源");
    }
}
