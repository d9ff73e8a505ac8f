using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Departments;

/// <summary>What a department needs: a code and a name within their limits, a profile within its limits, not its own parent.</summary>
public sealed class DepartmentValidator : AbstractValidator<Department>
{
    public DepartmentValidator()
    {
        RuleFor(d => d.Code).NotEmpty().WithMessage("请填写单位编码。")
            .MaximumLength(DepartmentLimits.Code).WithMessage($"单位编码不能超过 {DepartmentLimits.Code} 个字符。")
            .Matches("^[0-9A-Za-z-]*$").WithMessage("单位编码只能包含数字、字母和 -。");
        RuleFor(d => d.Name).NotEmpty().WithMessage("请填写单位名称。")
            .MaximumLength(DepartmentLimits.Name).WithMessage($"单位名称不能超过 {DepartmentLimits.Name} 个字。").PlainText("单位名称");
        RuleFor(d => d.ParentId).NotEqual(d => d.Id).When(d => d.Id != 0).WithMessage("主管部门不能是本单位。");
        RuleFor(d => d.Profile.CreditCode).MaximumLength(DepartmentLimits.Code).OverridePropertyName("Profile.CreditCode").WithMessage($"统一社会信用代码不能超过 {DepartmentLimits.Code} 个字符。").PlainText("统一社会信用代码");
        RuleFor(d => d.Profile.Address).MaximumLength(DepartmentLimits.ProfileField).OverridePropertyName("Profile.Address").WithMessage($"地址不能超过 {DepartmentLimits.ProfileField} 个字。").PlainText("地址");
        RuleFor(d => d.Profile.Phone).MaximumLength(DepartmentLimits.Code).OverridePropertyName("Profile.Phone").WithMessage($"联系电话不能超过 {DepartmentLimits.Code} 个字符。").PlainText("联系电话");
        RuleFor(d => d.Profile.LegalRepresentative).MaximumLength(DepartmentLimits.Code).OverridePropertyName("Profile.LegalRepresentative").WithMessage($"法人代表不能超过 {DepartmentLimits.Code} 个字。").PlainText("法人代表");
        RuleFor(d => d.Profile.FundingSource).MaximumLength(DepartmentLimits.ProfileField).OverridePropertyName("Profile.FundingSource").WithMessage($"经费来源不能超过 {DepartmentLimits.ProfileField} 个字。").PlainText("经费来源");
        RuleFor(d => d.Profile.Overview).MaximumLength(DepartmentLimits.LongText).OverridePropertyName("Profile.Overview").WithMessage($"单位概况不能超过 {DepartmentLimits.LongText} 个字。").PlainText("单位概况");
        RuleFor(d => d.Profile.InternalStructure).MaximumLength(DepartmentLimits.LongText).OverridePropertyName("Profile.InternalStructure").WithMessage($"内设机构不能超过 {DepartmentLimits.LongText} 个字。").PlainText("内设机构");
    }
}
