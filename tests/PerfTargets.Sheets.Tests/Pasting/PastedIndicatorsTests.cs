using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Pasting;
using PerfTargets.Sheets.Tests.Declarations;
using PerfTargets.Testing.Pasting;

namespace PerfTargets.Sheets.Tests.Pasting;

public sealed class PastedIndicatorsTests
{
    private static readonly IndicatorFramework National2015 = StandardFrameworks.Create().Single(f => f.Code == "2015");

    private static readonly IndicatorPasteTarget AtLevel1 = new(IndicatorField.Level1);

    [Fact]
    public void Seed_002s_block_copied_from_its_form_reads_as_the_seeds_13_indicators()
    {
        var (seed, framework) = SeedDeclarations.Load("seed-002-suzhou.json");

        var pasted = PastedIndicators.Read(ClipboardBlocks.Seed002Indicators, framework, new IndicatorPasteTarget(IndicatorField.Name));

        pasted.Problems.ShouldBeEmpty();
        pasted.Notes.ShouldBeEmpty();
        pasted.Rows.Select(Summary).ShouldBe(seed.Indicators.OrderBy(i => i.Sequence).Select(Summary));
    }

    [Fact]
    public void Names_as_people_shorten_them_are_the_frameworks_and_unknown_ones_are_kept_and_said()
    {
        var pasted = PastedIndicators.Read("产出\t数量\t培训人次\t≥100人次\r\n效果指标\t社会效益\t覆盖面\t扩大", National2015, AtLevel1);

        pasted.Rows[0].Level1.ShouldBe("产出指标");
        pasted.Rows[0].Level2.ShouldBe("数量指标");
        pasted.Rows[1].Level1.ShouldBe("效果指标");
        pasted.Rows[1].Level2.ShouldBe("社会效益指标");
        var problem = pasted.Problems.ShouldHaveSingleItem();
        (problem.Row, problem.Field, problem.Text).ShouldBe((1, IndicatorField.Level1, "效果指标"));
        problem.Message.ShouldContain("不是所选指标体系");
    }

    [Fact]
    public void A_total_row_or_a_note_copied_with_the_block_is_passed_over_and_hides_no_column()
    {
        var pasted = PastedIndicators.Read("产出指标\t数量指标\t培训人次\t≥100人次\r\n合 计\t\t\t\r\n备注：以上为年度指标\r\n", National2015, new IndicatorPasteTarget(IndicatorField.Name, AnnualOnly: true));

        var row = pasted.Rows.ShouldHaveSingleItem();
        (row.Level1, row.Level2, row.Name, row.Annual.Display()).ShouldBe(("产出指标", "数量指标", "培训人次", "≥100人次"));
        pasted.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_heading_row_maps_the_columns_whatever_their_order()
    {
        var pasted = PastedIndicators.Read("年度指标值\t三级指标\t二级指标\t一级指标\t指标属性\r\n≤6小时\t处置时限\t时效指标\t产出指标\t定量", National2015, AtLevel1);

        pasted.Problems.ShouldBeEmpty();
        var indicator = pasted.Rows.ShouldHaveSingleItem();
        (indicator.Level1, indicator.Level2, indicator.Name, indicator.Nature).ShouldBe(("产出指标", "时效指标", "处置时限", IndicatorNature.Quantitative));
        (indicator.Annual.Comparator, indicator.Annual.Value, indicator.Annual.Unit).ShouldBe((Comparator.LessOrEqual, 6m, "小时"));
        indicator.MidTerm.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void A_block_without_nature_goes_on_to_the_targets_and_an_annual_only_form_to_the_annual_one()
    {
        var both = PastedIndicators.Read("培训人次\t≥300人次\t≥100人次", National2015, new IndicatorPasteTarget(IndicatorField.Name));
        var annualOnly = PastedIndicators.Read("培训人次\t≥100人次", National2015, new IndicatorPasteTarget(IndicatorField.Name, AnnualOnly: true));
        var withNature = PastedIndicators.Read("培训人次\t定性指标\t良好", National2015, new IndicatorPasteTarget(IndicatorField.Name, AnnualOnly: true));

        (both.Rows[0].MidTerm.Value, both.Rows[0].Annual.Value).ShouldBe((300m, 100m));
        (annualOnly.Rows[0].MidTerm.IsEmpty, annualOnly.Rows[0].Annual.Value).ShouldBe((true, 100m));
        (withNature.Rows[0].Nature, withNature.Rows[0].Annual.Text).ShouldBe((IndicatorNature.Qualitative, "良好"));
    }

    [Fact]
    public void A_block_from_the_name_column_leaves_the_levels_to_the_grid_and_one_from_level2_continues_the_row_above()
    {
        var fromName = PastedIndicators.Read("培训人次\t≥300人次\t≥100人次", National2015, new IndicatorPasteTarget(IndicatorField.Name));
        var underAbove = PastedIndicators.Read("\t培训人次\t≥300人次\t≥100人次", National2015, new IndicatorPasteTarget(IndicatorField.Level2, Level1Above: "产出指标", Level2Above: "数量指标"));

        fromName.Problems.ShouldBeEmpty();
        fromName.Rows[0].Level1.ShouldBeEmpty();
        (underAbove.Rows[0].Level1, underAbove.Rows[0].Level2).ShouldBe(("产出指标", "数量指标"));
    }

    [Fact]
    public void What_cannot_be_read_is_said_at_its_row_and_column_with_what_was_pasted()
    {
        var pasted = PastedIndicators.Read("产出指标\t数量指标\t监测单位\t≥150\t≥9.5.1%\t多余", National2015, AtLevel1);

        pasted.Rows.Count.ShouldBe(1);
        pasted.Problems.Select(p => (p.Row, p.Field, p.Text)).ShouldBe([(0, IndicatorField.MidTermTarget, "≥150"), (0, IndicatorField.AnnualTarget, "≥9.5.1%")]);
        pasted.Problems[0].Message.ShouldContain("缺少计量单位");
        pasted.Notes.ShouldHaveSingleItem().ShouldContain("第 6 列");
    }

    [Fact]
    public void A_block_that_misses_the_name_column_pastes_nothing_and_says_why()
    {
        var pasted = PastedIndicators.Read("≥300人次\t≥100人次", National2015, new IndicatorPasteTarget(IndicatorField.MidTermTarget));

        pasted.Rows.ShouldBeEmpty();
        pasted.Notes.ShouldBe([PastedIndicators.NoNameColumn]);
    }

    [Fact]
    public void More_rows_than_a_declaration_holds_are_cut_with_a_note()
    {
        var block = string.Join("\r\n", Enumerable.Range(1, ClipboardTable.MaxRows + 5).Select(i => $"产出指标\t数量指标\t指标{i}\t≥{i}个"));

        var pasted = PastedIndicators.Read(block, National2015, AtLevel1);

        pasted.Rows.Count.ShouldBe(ClipboardTable.MaxRows);
        pasted.Notes.ShouldHaveSingleItem().ShouldContain("500");
    }

    private static string Summary(Indicator i) =>
        $"{i.Level1}|{i.Level2}|{i.Name}|{i.Nature}|{Target(i.MidTerm)}|{Target(i.Annual)}|{i.NotApplicable}";

    private static string Target(IndicatorTarget t) => $"{t.Comparator}:{t.Value}:{t.Text}:{t.Unit}";
}
