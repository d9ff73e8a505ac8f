using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PerfTargets.Web.Setup;

/// <summary>
/// The messages of the DataAnnotations attributes, in Chinese, for every form of the application:
/// an attribute that names no message of its own gets the one here ({0} is the field's 显示名称), and a
/// field of a value type (a number, a date, a choice), which ASP.NET Core treats as required without
/// an attribute, gets a Required attribute worded here, so that the message written into the page
/// (data-val-required) is Chinese too. Attributes with a message of their own keep it.
/// </summary>
internal sealed class ChineseValidationMessages : IValidationMetadataProvider
{
    public const string Required = "请填写{0}。";

    /// <summary>The message for an attribute of this kind, or null to leave its own (a custom attribute's).</summary>
    public static string? MessageFor(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => Required,
        StringLengthAttribute { MinimumLength: > 0 } => "{0}应为 {2} 至 {1} 个字。",
        StringLengthAttribute => "{0}不能超过 {1} 个字。",
        MaxLengthAttribute => "{0}不能超过 {1} 个字。",
        MinLengthAttribute => "{0}至少应有 {1} 个字。",
        RangeAttribute => "{0}应在 {1} 至 {2} 之间。",
        RegularExpressionAttribute => "{0}的格式不正确。",
        CompareAttribute => "{0}与{1}不一致。",
        EmailAddressAttribute => "{0}不是有效的电子邮件地址。",
        PhoneAttribute => "{0}不是有效的电话号码。",
        UrlAttribute => "{0}不是有效的网址。",
        EnumDataTypeAttribute => "请从列表中选择{0}。",
        FileExtensionsAttribute => "{0}的文件类型不对，只接受 {1}。",
        CreditCardAttribute => "{0}不是有效的卡号。",
        _ => null,
    };

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var validators = context.ValidationMetadata.ValidatorMetadata;
        foreach (var attribute in validators.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceType is null && MessageFor(attribute) is { } message)
            {
                attribute.ErrorMessage = message;
            }
        }

        var type = context.Key.ModelType;
        if (context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            && context.ValidationMetadata.IsRequired is not false && !validators.OfType<RequiredAttribute>().Any())
        {
            // What ASP.NET Core would otherwise make, with its English message, for the page's data-val-required.
            validators.Add(new RequiredAttribute { ErrorMessage = Required });
        }
    }
}
