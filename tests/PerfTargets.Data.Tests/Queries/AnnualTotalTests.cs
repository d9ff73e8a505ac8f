using Microsoft.EntityFrameworkCore;
using PerfTargets.Data.Queries;
using PerfTargets.Data.Setup;
using PerfTargets.Testing;

namespace PerfTargets.Data.Tests.Queries;

/// <summary>The list's 合计 (<see cref="DeclarationList.AnnualTotalAsync"/>), summed by the database, is exact on both providers.</summary>
public class AnnualTotalTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    /// <summary>Amounts whose sum floating point gets wrong: tenths, and more significant digits than a double holds.</summary>
    private static readonly decimal?[] Amounts = [0.10m, 0.20m, 0.70m, 1_234_567_890_123_456.78m, 0.01m, null];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_annual_total_is_the_exact_decimal_sum_a_blank_amount_counting_as_0(DatabaseProvider provider)
    {
        var settings = await databases.CreateInitializedAsync(provider, demoMode: true);
        await using var db = settings.CreateContext();
        var declarations = await db.Declarations.OrderBy(d => d.Id).Take(Amounts.Length).ToListAsync();
        foreach (var (declaration, amount) in declarations.Zip(Amounts))
        {
            declaration.AnnualFunding.Total = amount;
        }

        await db.SaveChangesAsync();
        var ids = declarations.Select(d => d.Id).ToList();
        var exact = Amounts.Sum(a => a ?? 0m);
        ((decimal)Amounts.Sum(a => (double)(a ?? 0m))).ShouldNotBe(exact, "the amounts must be ones floating point adds wrongly");

        (await db.Declarations.Where(d => ids.Contains(d.Id)).AnnualTotalAsync()).ShouldBe(exact);
        (await db.Declarations.Where(d => d.Id < 0).AnnualTotalAsync()).ShouldBe(0m);
    }
}
