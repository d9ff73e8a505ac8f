using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PerfTargets.Web.Setup;

/// <summary>What the form binder says, in Chinese, when a field's text cannot be read as its type.</summary>
internal static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”不是有效的值。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetValueMustBeANumberAccessor(_ => "请填写数字。");
        messages.SetValueMustNotBeNullAccessor(_ => "此项不能为空。");
        messages.SetMissingBindRequiredValueAccessor(_ => "缺少此项。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少此项。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "该值无效。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        messages.SetUnknownValueIsInvalidAccessor(_ => "该值无效。");
    }
}
