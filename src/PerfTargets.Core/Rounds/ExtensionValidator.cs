using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Rounds;

/// <summary>What a 延期 needs: a day after the round's close and a reason (not too long); taking one back needs neither.</summary>
public sealed class ExtensionValidator : AbstractValidator<Extension>
{
    public ExtensionValidator()
    {
        When(e => e.Until is not null, () =>
        {
            RuleFor(e => e.Until).Must((e, until) => until > e.RoundClosesOn)
                .WithMessage(e => $"延期日期应晚于批次截止日期 {ChinaCalendar.Text(e.RoundClosesOn)}。");
            RuleFor(e => e.Reason).NotEmpty().WithMessage("请写明延期原因。")
                .MaximumLength(RoundLimits.ExtensionReason).WithMessage($"延期原因不能超过 {RoundLimits.ExtensionReason} 个字。").PlainText("延期原因");
        });
    }
}
