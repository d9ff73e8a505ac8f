using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Core.Validation;
using static PerfTargets.Core.Tests.Validation.ValidDeclaration;

namespace PerfTargets.Core.Tests.Validation;

/// <summary>
/// Random sets of budget lines (seeded, so a failure repeats): the sum rule agrees with exact
/// integer arithmetic in cents, whatever the number of lines and amounts.
/// </summary>
public class MoneyRulesPropertyTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lines_that_sum_to_the_total_in_cents_always_pass(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var cents = Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.NextInt64(1, 10_000_000_000)).ToList();
            var declaration = WithLines(cents, totalCents: cents.Sum());

            Check(declaration).Where(p => p.Rule == DeclarationRule.BudgetLinesSum).ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_total_off_by_any_number_of_cents_is_caught_with_that_difference(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var cents = Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.NextInt64(1, 10_000_000_000)).ToList();
            var offBy = random.Next(2) == 0 ? random.NextInt64(1, 100) : random.NextInt64(1, 1_000_000_000);
            var declaration = WithLines(cents, totalCents: cents.Sum() + offBy);

            var problem = Check(declaration).Single(p => p.Rule == DeclarationRule.BudgetLinesSum);

            problem.Message.ShouldEndWith($"少 {MoneyUnit.Yuan.FormatWithLabel(offBy / 100m)}。");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quantity_times_standard_is_checked_exactly(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var quantity = random.Next(1, 10_000);
            var standardCents = random.NextInt64(1, 100_000_000);
            var amountCents = quantity * standardCents + (random.Next(2) == 0 ? 0 : random.Next(1, 3));
            var declaration = WithLines([amountCents], totalCents: amountCents);
            declaration.BudgetLines[0].Quantity = quantity;
            declaration.BudgetLines[0].UnitStandard = standardCents / 100m;

            var flagged = Check(declaration).Any(p => p.Rule == DeclarationRule.BudgetLineProduct);

            flagged.ShouldBe(amountCents != quantity * standardCents);
        }
    }

    private static Declaration WithLines(IReadOnlyList<long> cents, long totalCents)
    {
        var declaration = Create();
        declaration.BudgetLines = cents.Select((c, i) => new BudgetLine { Sequence = i + 1, Item = $"明细{i + 1}", Amount = c / 100m }).ToList();
        declaration.AnnualFunding = new FundingSplit { Total = totalCents / 100m, Fiscal = totalCents / 100m };
        declaration.MidTermFunding = new FundingSplit();
        return declaration;
    }
}
