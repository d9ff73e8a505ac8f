using PerfTargets.Core.Declarations;
using PerfTargets.Core.Library;
using PerfTargets.Core.Taxonomy;

namespace PerfTargets.Core.Tests.Library;

/// <summary>What a library entry needs before it is saved: its 一级/二级 in its framework, a 三级 name within a declaration's limit, texts within their columns.</summary>
public class LibraryEntryValidatorTests
{
    private static readonly IndicatorFramework National2021 = StandardFrameworks.Create().Single(f => f.Code == StandardFrameworks.National2021);

    private static LibraryEntry Entry() => new()
    {
        Level1 = "产出指标",
        Level2 = "质量指标",
        Name = "设备验收合格率",
        Nature = IndicatorNature.Quantitative,
        Unit = "%",
        Comparator = Comparator.Equal,
        Direction = IndicatorDirection.Positive,
        Source = LibraryEntry.LocalSource,
    };

    private static Dictionary<string, string> Problems(LibraryEntry entry, IndicatorFramework? framework = null) =>
        new LibraryEntryValidator(framework ?? National2021).Validate(entry).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

    [Fact]
    public void A_complete_entry_filed_where_its_framework_files_it_passes() => Problems(Entry()).ShouldBeEmpty();

    [Fact]
    public void A_level1_or_level2_the_framework_does_not_have_is_named_with_the_ones_it_has()
    {
        var entry = Entry();
        entry.Level1 = "满意度";
        Problems(entry)[nameof(LibraryEntry.Level1)].ShouldStartWith("指标体系“");
        Problems(entry)[nameof(LibraryEntry.Level1)].ShouldContain("产出指标");
        Problems(entry).ShouldNotContainKey(nameof(LibraryEntry.Level2));

        entry = Entry();
        entry.Level2 = "社会效益指标";
        Problems(entry)[nameof(LibraryEntry.Level2)].ShouldBe("一级指标“产出指标”下没有二级指标“社会效益指标”；可用的有：数量指标、质量指标、时效指标。");
    }

    [Fact]
    public void The_name_is_required_and_no_longer_than_a_declarations_level3()
    {
        var entry = Entry();
        entry.Name = " ";
        Problems(entry)[nameof(LibraryEntry.Name)].ShouldBe("请填写三级指标名称。");
        entry.Name = new string('率', DeclarationLimits.IndicatorName + 1);
        Problems(entry)[nameof(LibraryEntry.Name)].ShouldBe($"三级指标名称不能超过 {DeclarationLimits.IndicatorName} 个字。");
        entry.Name = new string('率', DeclarationLimits.IndicatorName);
        Problems(entry).ShouldBeEmpty();
    }

    [Fact]
    public void Unit_source_and_framework_are_checked_in_Chinese()
    {
        var entry = Entry();
        entry.Unit = new string('个', DeclarationLimits.Unit + 1);
        entry.Source = string.Empty;
        var problems = Problems(entry);
        problems[nameof(LibraryEntry.Unit)].ShouldBe($"计量单位不能超过 {DeclarationLimits.Unit} 个字。");
        problems[nameof(LibraryEntry.Source)].ShouldStartWith("请填写来源");

        entry = Entry();
        entry.Nature = IndicatorNature.Qualitative;
        Problems(entry)[nameof(LibraryEntry.Unit)].ShouldStartWith("定性指标没有计量单位");

        new LibraryEntryValidator(null).Validate(Entry()).Errors.Select(e => e.ErrorMessage).ShouldBe(["请选择指标体系。"]);
    }
}
