using System.Text.Json.Serialization;
using PerfTargets.Core.Money;
using PerfTargets.Core.Review;

namespace PerfTargets.Core.Declarations;

/// <summary>
/// 项目支出绩效目标申报表: one project's spending and its performance targets for a budget year,
/// filed by a department under one indicator framework.
/// </summary>
public sealed class Declaration : IReviewed
{
    public int Id { get; set; }

    /// <summary>预算年度: the year budgeted, not the year of filling.</summary>
    public int BudgetYear { get; set; }

    /// <summary>填报单位 (主管部门 or budget unit that files and stamps the form).</summary>
    public int DepartmentId { get; set; }

    /// <summary>The indicator framework (指标体系) the tree is filed under.</summary>
    public int FrameworkId { get; set; }

    public DeclarationStatus Status { get; set; }

    /// <summary>Where it stands in the review chain: workflow state, not part of the declared content.</summary>
    [JsonIgnore]
    public ReviewPosition Review { get; set; } = new();

    /// <summary>项目名称</summary>
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>项目编码 (seed 004: 224-0501-JBN-BOVO)</summary>
    public string? ProjectCode { get; set; }

    /// <summary>
    /// 主管部门（及代码） as the form states it; when blank, the filing department's parent, or the
    /// filing department itself (<see cref="Departments.SupervisingDepartment"/>).
    /// </summary>
    public string? SupervisingDepartment { get; set; }

    /// <summary>实施单位 / 项目单位, when it is not the filing department itself.</summary>
    public string? ImplementingUnit { get; set; }

    /// <summary>项目属性; null when the form does not say (printed blank, never guessed).</summary>
    public ProjectKind? Kind { get; set; }

    /// <summary>项目类别</summary>
    public ProjectCategory? Category { get; set; }

    /// <summary>项目期 as the form words it: 长期, 2022年度, 2017.1-2017.12.</summary>
    public string? PeriodText { get; set; }

    /// <summary>起始日期</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>结束日期</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>项目负责人</summary>
    public string? ProjectLeader { get; set; }

    /// <summary>联系人</summary>
    public string? ContactPerson { get; set; }

    /// <summary>联系电话</summary>
    public string? ContactPhone { get; set; }

    /// <summary>填报人</summary>
    public string? FilledBy { get; set; }

    /// <summary>填报日期</summary>
    public DateOnly? FilledOn { get; set; }

    /// <summary>The unit the form prints amounts in (单位：元 / 万元).</summary>
    public MoneyUnit MoneyUnit { get; set; }

    public DeclarationNarrative Narrative { get; set; } = new();

    /// <summary>中期资金 (the mid-term budget period).</summary>
    public FundingSplit MidTermFunding { get; set; } = new();

    /// <summary>年度资金 (the budget year).</summary>
    public FundingSplit AnnualFunding { get; set; } = new();

    /// <summary>以前年度已安排 (seed 000).</summary>
    public FundingSplit PriorYearsFunding { get; set; } = new();

    /// <summary>项目支出预算明细 / 项目构成分解</summary>
    public List<BudgetLine> BudgetLines { get; set; } = [];

    /// <summary>The budget-line table's 合计 row as the form states it.</summary>
    public BudgetLineTotals StatedBudgetLineTotals { get; set; } = new();

    /// <summary>资金支出计划</summary>
    public DisbursementPlan DisbursementPlan { get; set; } = new();

    /// <summary>First year of the 中期目标 period (2022 in 中期目标（2022年—2024年）).</summary>
    public int? MidTermStartYear { get; set; }

    /// <summary>Last year of the 中期目标 period.</summary>
    public int? MidTermEndYear { get; set; }

    /// <summary>中期目标 (长期目标, 总体目标), numbered in order.</summary>
    public List<string> MidTermGoals { get; set; } = [];

    /// <summary>年度目标, numbered in order.</summary>
    public List<string> AnnualGoals { get; set; } = [];

    /// <summary>The 三级 indicators of the tree, each naming its 一级 and 二级.</summary>
    public List<Indicator> Indicators { get; set; } = [];

    /// <summary>总分 the indicator weights add up to, where the form states it; 100 when weights are given without it.</summary>
    public decimal? WeightTotal { get; set; }

    /// <summary>一级指标分值, on forms that give them.</summary>
    public List<Level1Weight> Level1Weights { get; set; } = [];

    /// <summary>制度保障</summary>
    public List<SystemSafeguard> Safeguards { get; set; } = [];

    [JsonIgnore]
    public string ReviewNoun => "申报表";

    /// <summary>Changes on every save; a save carrying an older stamp is refused (optimistic concurrency).</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Whether the declaration has a 中期 half (funding, goals, period or targets). Most forms are
    /// annual only; they print and edit without the 中期 columns.
    /// </summary>
    [JsonIgnore]
    public bool HasMidTerm => !MidTermFunding.IsEmpty || MidTermGoals.Count > 0 || MidTermStartYear is not null || MidTermEndYear is not null
        || Indicators.Exists(i => !i.MidTerm.IsEmpty);

    /// <summary>
    /// Whether the tree uses its 中期 target column: many forms have 中期 money but one target
    /// column (seeds 001, 003), and then no 中期 target is asked for or printed.
    /// </summary>
    [JsonIgnore]
    public bool HasMidTermTargets => Indicators.Exists(i => !i.MidTerm.IsEmpty && !i.IsNotApplicable);

    /// <summary>Whether any indicator carries a weight (权重/分值).</summary>
    [JsonIgnore]
    public bool HasWeights => Indicators.Exists(i => i.Weight is not null) || WeightTotal is not null || Level1Weights.Count > 0;

    /// <summary>Sum of the 项目支出预算明细 amounts, in 元.</summary>
    public decimal BudgetLinesTotal => BudgetLines.Sum(line => line.Amount);

    /// <summary>
    /// Numbers the budget lines, indicators and safeguards 1, 2, 3… (序号) in the order they stand,
    /// so that <see cref="PutInFormOrder"/> gives that order back after a database has shuffled it.
    /// </summary>
    public void NumberRowsInOrder()
    {
        Number(BudgetLines, (line, sequence) => line.Sequence = sequence);
        Number(Indicators, (indicator, sequence) => indicator.Sequence = sequence);
        Number(Safeguards, (safeguard, sequence) => safeguard.Sequence = sequence);
    }

    /// <summary>
    /// Orders the budget lines, indicators and safeguards by their sequence, as the form prints
    /// them; a database returns owned rows in no particular order.
    /// </summary>
    public void PutInFormOrder()
    {
        BudgetLines = [.. BudgetLines.OrderBy(l => l.Sequence)];
        Indicators = [.. Indicators.OrderBy(i => i.Sequence)];
        Safeguards = [.. Safeguards.OrderBy(s => s.Sequence)];
    }

    private static void Number<TRow>(List<TRow> rows, Action<TRow, int> setSequence)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            setSequence(rows[i], i + 1);
        }
    }
}
