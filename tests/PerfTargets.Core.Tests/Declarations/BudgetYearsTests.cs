using System.Globalization;
using System.Text;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Tests.Declarations;

public class BudgetYearsTests
{
    [Fact]
    public void The_range_attribute_message_says_what_the_validators_say() =>
        string.Format(CultureInfo.InvariantCulture, CompositeFormat.Parse(BudgetYears.RangeMessage), "新的预算年度", BudgetYears.Min, BudgetYears.Max)
            .ShouldBe(BudgetYears.Refusal());

    [Theory]
    [InlineData(1999, false)]
    [InlineData(2000, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void The_range_holds_both_ends(int year, bool inside) => BudgetYears.Contains(year).ShouldBe(inside);
}
