using System.Globalization;
using System.Text.RegularExpressions;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Data.Library;

namespace PerfTargets.Data.Tests.Library;

/// <summary>
/// The library's entries pass the review checks themselves: each seed entry written as a 三级 row
/// with its example's target (a 定量 entry's number, a 定性 entry's wording) and its formula as
/// 指标内容, in one declaration under the 2021 framework, draws no problem on any row.
/// </summary>
public partial class LibraryRulesTests
{
    [GeneratedRegex(@"(\d+(?:\.\d+)?)")]
    private static partial Regex Number();

    private static Indicator Row(SeedEntry entry, int sequence)
    {
        var target = new IndicatorTarget { Comparator = entry.Comparator, Unit = entry.Unit };
        if (entry.Nature == IndicatorNature.Quantitative)
        {
            // The number after the comparator (举办培训班≥4期 → 4); an example without one (于当年12月底前完成) its first.
            var example = entry.Example!;
            var after = example.IndexOfAny(['≥', '≤', '=']);
            target.Value = decimal.Parse(Number().Match(example, Math.Max(after, 0)).Value, CultureInfo.InvariantCulture);
        }
        else
        {
            target.Text = entry.Example;
        }

        return new Indicator
        {
            Sequence = sequence, Level1 = entry.Level1, Level2 = entry.Level2, Name = entry.Name, Nature = entry.Nature,
            Direction = entry.Direction, Basis = entry.Basis, Description = entry.Formula, Annual = target, MidTerm = target,
        };
    }

    [Fact]
    public void Every_seed_entry_written_as_its_example_draws_no_problem_on_its_row()
    {
        var framework = StandardFrameworks.Create().Single(f => f.Code == StandardFrameworks.National2021);
        var seed = LibrarySeed.Read();
        var declaration = new Declaration
        {
            BudgetYear = 2026, ProjectName = "指标库自检",
            Indicators = [.. seed.Select((entry, i) => Row(entry, i + 1))],
        };

        var onRows = DeclarationCheck.Problems(declaration, framework)
            .Where(p => p.Path.StartsWith("indicators[", StringComparison.Ordinal))
            .Select(p => $"{seed[int.Parse(p.Path["indicators[".Length..p.Path.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture)].Name} {p.Rule} {p.Path} {p.Message}")
            .ToList();

        onRows.ShouldBeEmpty();
    }
}
