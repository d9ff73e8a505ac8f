using PerfTargets.Core.Money;

namespace PerfTargets.Core.Validation;

/// <summary>The unit a rule's message prints amounts in: the declaration's own, or 元 if it names none that exists.</summary>
internal static class MessageUnit
{
    public static MoneyUnit Of(Declaration declaration) =>
        Enum.IsDefined(declaration.MoneyUnit) ? declaration.MoneyUnit : MoneyUnit.Yuan;
}
