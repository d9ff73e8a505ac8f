namespace PerfTargets.Core.Taxonomy;

/// <summary>
/// 二级指标填写说明: for one 二级, what belongs under it and what does not, in a line each, the rules
/// of the catalogue that check it, and the published text the wording follows.
/// </summary>
/// <param name="Level2">The 二级's name, as the frameworks spell it (数量指标).</param>
/// <param name="Belongs">What belongs there, with examples and units.</param>
/// <param name="DoesNotBelong">What does not, and where it goes instead.</param>
/// <param name="Rules">Codes of the rules (规则说明) that check rows under this 二级.</param>
/// <param name="Source">The published definition the lines follow.</param>
public sealed record Level2Guidance(string Level2, string Belongs, string DoesNotBelong, IReadOnlyList<string> Rules, string Source);
