namespace PerfTargets.Core.Reports;

/// <summary>A 自评's score: each indicator's points and score, the funding's, the total and its 等级.</summary>
public sealed record SelfEvaluationScore(
    IReadOnlyList<ScoredLine> Lines,
    decimal FundingPoints,
    decimal? FundingRate,
    decimal FundingScore,
    decimal Total,
    string Grade);

/// <summary>
/// One indicator in a 自评: the points it is worth (分值) after the 不适用 rows are dropped and the rest
/// rescaled, and what it scored (得分). A 不适用 row is listed with neither.
/// </summary>
public sealed record ScoredLine(int IndicatorSequence, bool Dropped, decimal Points, decimal Score)
{
    /// <summary>Whether the indicator earned less than its points: 未完成原因 and 改进措施 are then asked for.</summary>
    public bool FellShort => !Dropped && Score < Points;
}
