using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Validation;

namespace PerfTargets.Web.Validation;

/// <summary>
/// 邮箱 of an account: at most <see cref="MaxLength"/> characters (Identity's column), one address with
/// no spaces and no invisible characters (<see cref="TextCharacters"/>), which .NET's own
/// [EmailAddress] lets through. Empty is no address.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MailAddressAttribute : ValidationAttribute
{
    public const int MaxLength = 256;

    public const string Refusal = "邮箱格式不正确，例如 zhangsan@czj.example.gov.cn。";

    public static bool Accepts(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Length <= MaxLength && !address.Any(char.IsWhiteSpace)
            && TextCharacters.IsAllowed(address) && new EmailAddressAttribute().IsValid(address);
    }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string { Length: > 0 } address && !Accepts(address.Trim()) ? new ValidationResult(Refusal) : ValidationResult.Success;
}
