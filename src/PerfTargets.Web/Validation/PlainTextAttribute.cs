using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Validation;

namespace PerfTargets.Web.Validation;

/// <summary>A form field that refuses invisible characters (<see cref="TextCharacters"/>) at the field, naming the place and the character.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return TextCharacters.Problem(value as string, validationContext.DisplayName) is { } problem ? new ValidationResult(problem) : ValidationResult.Success;
    }
}
