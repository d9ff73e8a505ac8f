using PerfTargets.Core.Money;

namespace PerfTargets.Core.Tests.Money;

public class MoneyInputTests
{
    [Theory]
    [InlineData("1,234.56", MoneyUnit.Yuan, 1234.56)]
    [InlineData(" １２，３４５．６ ", MoneyUnit.Yuan, 12345.6)]
    [InlineData("101", MoneyUnit.TenThousandYuan, 1010000)]
    [InlineData("0.000001", MoneyUnit.TenThousandYuan, 0.01)]
    public void Amounts_are_read_as_typed_in_the_unit(string text, MoneyUnit unit, double yuan)
    {
        MoneyInput.TryParse(text, unit, out var amount, out var error).ShouldBeTrue(error);

        amount.ShouldBe((decimal)yuan);
    }

    [Fact]
    public void Blank_is_not_given() =>
        (MoneyInput.TryParse("  ", MoneyUnit.Yuan, out var amount, out _) && amount is null).ShouldBeTrue();

    [Theory]
    [InlineData("十万", MoneyUnit.Yuan, "“十万”不是有效的金额，请填写数字（单位：元）。")]
    [InlineData("-5", MoneyUnit.TenThousandYuan, "金额不能为负数。")]
    [InlineData("1.999", MoneyUnit.Yuan, "金额最多两位小数（精确到分）。")]
    [InlineData("1.2345678", MoneyUnit.TenThousandYuan, "金额最多精确到分（万元后六位小数）。")]
    [InlineData("12345678901234567", MoneyUnit.Yuan, "金额超出上限（999,999,999,999.99 元）。")]
    [InlineData("123456789012345678901234", MoneyUnit.TenThousandYuan, "金额超出上限（99,999,999.999999 万元）。")]
    [InlineData("1234567890123456789012345678901", MoneyUnit.Yuan, "“1234567890123456789012345678901”不是有效的金额，请填写数字（单位：元）。")]
    public void What_is_no_amount_is_refused_with_the_reason(string text, MoneyUnit unit, string message)
    {
        MoneyInput.TryParse(text, unit, out _, out var error).ShouldBeFalse();

        error.ShouldBe(message);
    }
}
