using PerfTargets.Core.Money;

namespace PerfTargets.Core.Tests.Money;

public class MoneyDisplayTests
{
    [Theory]
    [InlineData(156200, "156,200.00")]
    [InlineData(0.5, "0.50")]
    [InlineData(1234567.891, "1,234,567.89")]
    public void Yuan_prints_two_places_with_thousands_separators(decimal yuan, string expected) =>
        MoneyUnit.Yuan.Format(yuan).ShouldBe(expected);

    [Theory]
    [InlineData(3600000, "360")]
    [InlineData(1562, "0.1562")]
    [InlineData(123456789.01, "12,345.678901")]
    public void Ten_thousand_yuan_keeps_every_cent(decimal yuan, string expected) =>
        MoneyUnit.TenThousandYuan.Format(yuan).ShouldBe(expected);

    [Fact]
    public void Missing_amount_prints_empty() =>
        MoneyUnit.TenThousandYuan.Format((decimal?)null).ShouldBeEmpty();

    [Fact]
    public void Labels_are_the_printed_units()
    {
        MoneyUnit.Yuan.Label().ShouldBe("元");
        MoneyUnit.TenThousandYuan.Label().ShouldBe("万元");
    }
}
