using PerfTargets.Core.Accounts;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Departments;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;
using PerfTargets.Core.Summaries;
using PerfTargets.Core.Validation;

namespace PerfTargets.Core.Tests.Summaries;

public class SummaryTableTests
{
    private static readonly Department Bureau = new() { Id = 1, Code = "100", Name = "教育局" };
    private static readonly Department School = new() { Id = 2, Code = "101", Name = "第一中学", ParentId = 1 };
    private static readonly Department Library = new() { Id = 3, Code = "200", Name = "图书馆" };

    private static readonly ReviewChain Chain = new([
        new ReviewSection { Id = 7, Name = "业务股室", Sequence = 1 },
        new ReviewSection { Id = 8, Name = "绩效管理股", Sequence = 2 },
        new ReviewSection { Id = 9, Name = "旧科室", Sequence = 3, IsDisabled = true },
    ]);

    private static CountedDeclaration Filed(int year, Department department, FilingState state, decimal? annual, int? awaiting = null,
        decimal? fiscalLocal = null, decimal? midTerm = null, int indicators = 0, int quantitative = 0, int errors = 0, int warnings = 0) =>
        new(year, department.Id, state, awaiting, new FundingSplit { Total = annual, Fiscal = annual, FiscalLocal = fiscalLocal }, midTerm,
            indicators, quantitative, new ProblemCount(errors, warnings));

    private static SummaryTable Build(params CountedDeclaration[] declarations) => SummaryTable.Build(declarations, [Bureau, School, Library], Chain);

    private static decimal Cell(SummaryRow row, SummaryTable table, string key) => table.Columns.Single(c => c.Key == key).Value(row.Figures);

    [Fact]
    public void Total_comes_first_then_each_year_newest_first_with_a_supervisor_subtotal_above_its_units()
    {
        var table = Build(
            Filed(2025, School, FilingState.Draft, 100m),
            Filed(2026, Library, FilingState.Approved, 5m),
            Filed(2026, Bureau, FilingState.Draft, 10m),
            Filed(2026, School, FilingState.Returned, 20m),
            Filed(2026, School, FilingState.Submitted, 30m, awaiting: 8));

        table.Rows.Select(r => (r.Kind, r.Depth, r.Label)).ShouldBe([
            (SummaryRowKind.Total, 0, "合计"),
            (SummaryRowKind.Year, 1, "2026年 小计"),
            (SummaryRowKind.Supervisor, 2, "教育局 小计"),
            (SummaryRowKind.Department, 3, "教育局"),
            (SummaryRowKind.Department, 3, "第一中学"),
            (SummaryRowKind.Department, 2, "图书馆"),
            (SummaryRowKind.Year, 1, "2025年 小计"),
            (SummaryRowKind.Supervisor, 2, "教育局 小计"),
            (SummaryRowKind.Department, 3, "第一中学"),
        ]);
        var bureau2026 = table.Rows[2];
        bureau2026.Supervisor.ShouldBe(Bureau);
        Cell(bureau2026, table, "count").ShouldBe(3);
        Cell(bureau2026, table, "annualTotal").ShouldBe(60m);
        Cell(table.Rows[4], table, "returned").ShouldBe(1);
        Cell(table.Rows[4], table, "awaiting-8").ShouldBe(1);
        Cell(table.Total, table, "annualTotal").ShouldBe(165m);
        Cell(table.Total, table, "approved").ShouldBe(1);
    }

    [Fact]
    public void A_unit_without_parent_or_units_under_it_has_no_subtotal_of_its_own()
    {
        var table = Build(Filed(2026, Library, FilingState.Draft, 1m), Filed(2026, Bureau, FilingState.Draft, 2m));

        table.Rows.Select(r => r.Kind).ShouldBe([SummaryRowKind.Total, SummaryRowKind.Year, SummaryRowKind.Department, SummaryRowKind.Department]);
        table.Rows.Skip(2).Select(r => r.Label).ShouldBe(["教育局", "图书馆"]);
    }

    [Fact]
    public void Money_adds_up_exactly_and_a_blank_amount_counts_as_nothing()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in floating point; ten thousand cents are exactly 100 元.
        var cents = Enumerable.Range(0, 10_000).Select(_ => Filed(2026, Library, FilingState.Draft, 0.01m)).ToList();
        cents.Add(Filed(2026, Library, FilingState.Draft, 0.1m));
        cents.Add(Filed(2026, Library, FilingState.Draft, 0.2m, fiscalLocal: 0.2m));
        cents.Add(Filed(2026, Library, FilingState.Draft, null, midTerm: 999_999_999_999.99m));

        var table = Build([.. cents]);

        Cell(table.Total, table, "annualTotal").ShouldBe(100.30m);
        Cell(table.Total, table, "annualFiscalLocal").ShouldBe(0.2m);
        Cell(table.Total, table, "annualFiscalSuperior").ShouldBe(0m);
        Cell(table.Total, table, "midTermTotal").ShouldBe(999_999_999_999.99m);
        table.Columns.Single(c => c.Key == "annualTotal").Text(table.Total.Figures, MoneyUnit.TenThousandYuan).ShouldBe("0.01003");
    }

    [Fact]
    public void The_awaiting_columns_follow_the_chain_and_a_disabled_section_shows_only_while_something_waits_on_it()
    {
        Build(Filed(2026, Library, FilingState.Draft, 1m)).Columns.Where(c => c.Drill.AwaitingSectionId is not null).Select(c => c.Heading)
            .ShouldBe(["待业务股室审核", "待绩效管理股审核"]);

        var waiting = Build(Filed(2026, Library, FilingState.Submitted, 1m, awaiting: 9));

        waiting.Columns.Where(c => c.Drill.AwaitingSectionId is not null).Select(c => c.Heading).ShouldBe(["待业务股室审核", "待绩效管理股审核", "待旧科室审核"]);
        waiting.Columns.Select(c => c.Group).Distinct().ShouldBe(["申报份数", "年度资金", "中期资金", "三级指标", "审核检查"]);
        waiting.ColumnGroups.Sum(g => g.Span).ShouldBe(waiting.Columns.Count);
    }

    [Fact]
    public void Indicators_and_problems_add_up_and_a_count_of_none_has_no_declarations_behind_it()
    {
        var table = Build(
            Filed(2026, Library, FilingState.Draft, 1m, indicators: 13, quantitative: 7, errors: 0, warnings: 5),
            Filed(2026, Library, FilingState.Draft, 1m, indicators: 9, quantitative: 3, errors: 2, warnings: 6));
        var errors = table.Columns.Single(c => c.Key == "errors");
        var approved = table.Columns.Single(c => c.Key == "approved");

        Cell(table.Total, table, "indicators").ShouldBe(22);
        Cell(table.Total, table, "quantitative").ShouldBe(10);
        Cell(table.Total, table, "warnings").ShouldBe(11);
        errors.Text(table.Total.Figures, MoneyUnit.Yuan).ShouldBe("2");
        errors.Drill.Problems.ShouldBe(ProblemFilter.Errors);
        errors.HasDeclarations(table.Total.Figures).ShouldBeTrue();
        approved.HasDeclarations(table.Total.Figures).ShouldBeFalse();
        table.Columns.Single(c => c.Key == "annualFiscalSuperior").HasDeclarations(table.Total.Figures).ShouldBeTrue();
    }

    [Fact]
    public void Nothing_to_add_up_is_a_total_of_zeros()
    {
        var table = Build();

        table.Rows.ShouldHaveSingleItem().Kind.ShouldBe(SummaryRowKind.Total);
        table.Columns.ShouldAllBe(c => c.Value(table.Total.Figures) == 0m);
    }
}
