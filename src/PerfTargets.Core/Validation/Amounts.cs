namespace PerfTargets.Core.Validation;

/// <summary>The range a money field accepts: not negative, whole cents, within the database column.</summary>
internal static class Amounts
{
    public const string Message = "金额应在 0 到 999,999,999,999.99 元之间，最多两位小数。";

    public static bool IsValid(decimal amount) =>
        amount is >= 0 and <= DeclarationLimits.MaxAmount && decimal.Round(amount, DeclarationLimits.MoneyScale) == amount;

    public static bool IsValidOrMissing(decimal? amount) => amount is not { } value || IsValid(value);
}
