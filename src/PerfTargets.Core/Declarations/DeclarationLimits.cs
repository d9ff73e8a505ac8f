namespace PerfTargets.Core.Declarations;

/// <summary>
/// The size limits of a declaration, defined once and used by the validators, the database
/// mapping and the pages alike.
/// </summary>
public static class DeclarationLimits
{
    public const int ProjectName = 200;
    public const int ProjectCode = 64;
    public const int UnitName = 200;
    public const int PeriodText = 64;
    public const int PersonName = 64;
    public const int Phone = 64;
    public const int Narrative = 10_000;
    public const int Goal = 2_000;
    public const int LevelName = 64;
    public const int IndicatorName = 300;
    public const int IndicatorText = 2_000;
    public const int TargetText = 200;
    public const int Unit = 32;
    public const int LineText = 500;
    public const int Remark = 1_000;
    public const int MaxIndicators = 500;
    public const int MaxBudgetLines = 500;

    /// <summary>中期目标 and 年度目标 each, and 制度保障 rows: a real form has a handful; a list of thousands is a slip or an attack.</summary>
    public const int MaxGoals = 100;
    public const int MaxSafeguards = 100;

    /// <summary>A weight (权重/分值) or a stated 总分: 0–1000 with two decimals.</summary>
    public const decimal MaxWeight = 1_000m;
    public const int WeightScale = 2;

    /// <summary>一级指标分值 entries: a framework has at most a handful of 一级.</summary>
    public const int MaxLevel1Weights = 10;

    /// <summary>Money columns: 18 digits, 2 after the point, in 元.</summary>
    public const int MoneyPrecision = 18;
    public const int MoneyScale = 2;

    /// <summary>Indicator target values: 20 digits, 6 after the point.</summary>
    public const int TargetValueScale = 6;

    public const decimal MaxTargetValue = 99_999_999_999_999m;

    /// <summary>Quantities and percentages of the disbursement plan: as money columns, 2 places.</summary>
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>Largest amount a money field accepts, in 元 (just under a trillion).</summary>
    public const decimal MaxAmount = 999_999_999_999.99m;
}
