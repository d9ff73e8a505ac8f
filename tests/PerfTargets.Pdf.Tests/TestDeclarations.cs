using System.Text.Json;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Pdf.Tests;

/// <summary>Declarations a test makes out of a seed: a copy to change, long texts, many indicators, odd characters.</summary>
internal static class TestDeclarations
{
    /// <summary>A deep copy of a seed declaration to enlarge in a test, leaving the shared seed as it is.</summary>
    public static Declaration Copy(Declaration seed) =>
        JsonSerializer.Deserialize<Declaration>(JsonSerializer.Serialize(seed, DeclarationJson.Options), DeclarationJson.Options)!;

    /// <summary><paramref name="unit"/> over and over, cut to exactly <paramref name="length"/> characters.</summary>
    public static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1))[..length];

    /// <summary>
    /// <paramref name="count"/> indicators under <paramref name="first"/>'s 一级 and 二级, named 长表指标001 …
    /// so that a page holding one can be told, with natures, bases and targets (≥ i 次) that vary;
    /// the first has a name of <see cref="DeclarationLimits.IndicatorName"/> characters.
    /// </summary>
    public static List<Indicator> ManyIndicators(Indicator first, int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new Indicator
        {
            Sequence = i,
            Level1 = first.Level1,
            Level2 = first.Level2,
            Name = i == 1 ? Repeat("长表指标名称很长的三级指标。", DeclarationLimits.IndicatorName) : $"长表指标{i:000}",
            Nature = i % 3 == 0 ? IndicatorNature.Qualitative : IndicatorNature.Quantitative,
            Description = $"第{i}项指标的内容说明",
            Basis = (IndicatorBasis)(i % 4),
            Annual = new IndicatorTarget { Comparator = Comparator.GreaterOrEqual, Value = i, Unit = "次" },
        }),
    ];

    /// <summary>
    /// The declaration made as long as a filer can make it: a 项目概况 of 5,000 characters, 200
    /// indicators (放大指标2号 …) taking their 一级, 二级, nature and targets from the seed's in turn,
    /// the first with a 300-character name.
    /// </summary>
    public static Declaration Enlarged(Declaration seed)
    {
        var declaration = Copy(seed);
        declaration.Narrative.Overview = Repeat("项目概况长文测试，", 5_000);
        var pattern = declaration.Indicators;
        declaration.Indicators = [.. Enumerable.Range(0, 200).Select(i =>
        {
            var source = pattern[i % pattern.Count];
            return new Indicator
            {
                Sequence = i + 1,
                Level1 = source.Level1,
                Level2 = source.Level2,
                Name = i == 0 ? Repeat("超长三级指标名称", 300) : $"放大指标{i + 1}号",
                Nature = source.Nature,
                Remark = source.Remark,
                MidTerm = source.MidTerm,
                Annual = source.Annual,
            };
        })];
        return declaration;
    }

    /// <summary>Emoji, an ideograph of CJK Extension B and control characters, as a user may paste them.</summary>
    public const string OddCharacters = "😀𠀀\u0001\u0007\u001b\u200b\u202e\uFEFF\t\r\n";
}
