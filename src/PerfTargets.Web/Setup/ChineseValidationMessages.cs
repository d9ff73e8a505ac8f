using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace PerfTargets.Web.Setup;

/// <summary>
/// The messages of the DataAnnotations attributes, in Chinese, for every form of the application:
/// an attribute that names no message of its own gets the one here ({0} is the field's 显示名称).
/// Attributes with a message of their own keep it. A field of a value type (a number, a date, a
/// choice) is required without an attribute; the message written into the page for it
/// (data-val-required) is <see cref="ImplicitRequiredClientMessages"/>'s.
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

    /// <summary>
    /// Whether the attribute says what .NET says by default: no message set, or (EmailAddress, Phone,
    /// Url, CreditCard, FileExtensions, which set their English one themselves) the one a new one has.
    /// </summary>
    private static bool HasDefaultMessage(ValidationAttribute attribute) =>
        attribute.ErrorMessage is null
        || (attribute is EmailAddressAttribute or PhoneAttribute or UrlAttribute or CreditCardAttribute or FileExtensionsAttribute
            && attribute.ErrorMessage == ((ValidationAttribute)Activator.CreateInstance(attribute.GetType())!).ErrorMessage);

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var validators = context.ValidationMetadata.ValidatorMetadata;
        foreach (var attribute in validators.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessageResourceType is null && HasDefaultMessage(attribute) && MessageFor(attribute) is { } message)
            {
                attribute.ErrorMessage = message;
            }
        }
    }
}

/// <summary>
/// The data-val-required message of a field required without a [Required] (a value type), in
/// Chinese: ASP.NET Core would write its English default ("The 角色 field is required.") into the
/// page. Only the page's attribute is made here; the server needs no validator for such a field.
/// </summary>
internal sealed class ImplicitRequiredClientMessages : IClientModelValidatorProvider
{
    public void CreateValidators(ClientValidatorProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ModelMetadata.IsRequired && !context.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            context.Results.Add(new ClientValidatorItem
            {
                Validator = new RequiredAttributeAdapter(new RequiredAttribute { ErrorMessage = ChineseValidationMessages.Required }, stringLocalizer: null),
                IsReusable = true,
            });
        }
    }
}
