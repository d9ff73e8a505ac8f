using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Taxonomy;
using PerfTargets.Core.Validation;
using PerfTargets.Core.Validation.Review;

namespace PerfTargets.Data.DemoData;

/// <summary>
/// 规模演示申报表: new declarations made from the demo's seed declarations (<see cref="DemoDataSet"/>),
/// each varied as another unit's project differs — its name, its amounts (the seed's ×0.5 to ×4),
/// budget lines where the seed has none, 8 to 20 三级 indicators, its contacts. One to be submitted
/// is made from a seed without errors and checked by the rules to have none; a draft with errors
/// keeps its seed's own mistakes or is given one (no 年度目标, lines that do not add up, a target left empty).
/// Each declaration is made from its number alone, so a run is the same every time.
/// </summary>
public sealed class ScaleDeclarations
{
    /// <summary>Seeds with fewer 三级 indicators (seed 004's three) are left out: the scale demo has 8 to 20.</summary>
    private const int MinSeedIndicators = 5;

    private const int MinIndicators = 8;

    private const int MaxIndicators = 20;

    private static readonly decimal[] Factors = [0.5m, 0.8m, 1m, 1.2m, 1.5m, 2m, 2.5m, 3m, 4m];

    private static readonly string[] Projects =
    [
        "信息化建设专项经费", "设备购置及更新经费", "业务培训经费", "宣传工作经费", "运行维护经费", "专项调研经费", "安全生产专项经费",
        "档案数字化经费", "政府购买服务经费", "办公场所维修改造经费", "应急物资储备经费", "网络安全等级保护测评经费", "数据平台运维经费",
        "公共服务满意度调查经费", "人才引进补助经费", "基层服务能力提升经费", "专项督查检查经费", "课题研究经费", "志愿服务活动经费",
        "标准化建设经费", "法律顾问服务经费", "政务公开专项经费", "监测检测经费", "会议及活动组织经费", "下乡服务补助经费", "技术推广经费",
        "质量抽检经费", "文化惠民活动经费", "健康教育经费", "环境整治专项经费", "公共设施维护经费", "监管平台建设经费", "统计调查经费",
        "普法宣传经费", "专家评审经费", "示范点创建经费", "绩效评价经费", "业务用房租赁经费", "公益性岗位补贴经费", "信息采集及录入经费",
    ];

    private static readonly string[] Scopes = ["", "乡镇", "城区", "重点领域", "农村", "年度"];

    private static readonly (string Item, string Unit)[] Lines =
    [
        ("设备购置", "台"), ("软件开发及运维服务", "项"), ("业务培训", "期"), ("宣传品制作", "批"), ("专家咨询论证", "人次"),
        ("委托第三方服务", "项"), ("办公耗材", "批"), ("差旅及会议", "次"), ("劳务派遣人员报酬", "人"), ("网络通信服务", "月"),
    ];

    private static readonly string[] People = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏", "徐涛", "孙颖"];

    private readonly List<Seed> clean = [];
    private readonly List<Seed> flawed = [];
    private readonly RuleSettings settings;

    /// <param name="frameworks">The installation's indicator frameworks by code, the seeds' among them.</param>
    /// <param name="settings">The rule settings in force, which say what counts as an error.</param>
    public ScaleDeclarations(DemoDataSet demo, IReadOnlyDictionary<string, IndicatorFramework> frameworks, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(frameworks);
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        foreach (var entry in demo.Declarations.Where(d => d.Declaration.Indicators.Count >= MinSeedIndicators))
        {
            // Judged as filed by a unit, as every declaration made from it is (the seeds name theirs by code only).
            entry.Declaration.DepartmentId = 1;
            var seed = new Seed(entry.Declaration, frameworks[entry.FrameworkCode]);
            (ErrorCount(entry.Declaration, seed.Framework) == 0 ? clean : flawed).Add(seed);
        }

        if (clean.Count == 0)
        {
            throw new InvalidOperationException("规模演示数据：在当前审核规则设置下，没有一份演示申报表没有错误，无法生成可提交的申报表。");
        }
    }

    /// <summary>The declaration of <paramref name="slot"/>, filed by department <paramref name="departmentId"/>, not yet stored.</summary>
    public ScaleDeclaration Make(ScaleSlot slot, int departmentId)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var random = new Random(slot.Index);
        var fromFlawedSeed = slot.State == ScaleState.DraftWithErrors && flawed.Count > 0 && slot.Index / 20 % 2 == 0;
        var seed = fromFlawedSeed ? flawed[random.Next(flawed.Count)] : clean[random.Next(clean.Count)];
        var declaration = Vary(seed, slot, random, trim: true);
        declaration.DepartmentId = departmentId;
        if (ScaleStates.IsSubmitted(slot.State) && ErrorCount(declaration, seed.Framework) > 0)
        {
            // Fewer 三级 rows can leave a 二级 the rules ask for empty: the seed's whole tree then.
            declaration = Vary(seed, slot, new Random(slot.Index), trim: false);
            declaration.DepartmentId = departmentId;
            if (ErrorCount(declaration, seed.Framework) > 0)
            {
                throw new InvalidOperationException($"规模演示数据：由“{seed.Declaration.ProjectName}”生成的第 {slot.Index + 1} 份申报表有错误，不能提交。");
            }
        }

        if (slot.State == ScaleState.DraftWithErrors && !fromFlawedSeed)
        {
            Spoil(declaration, random);
        }

        return new ScaleDeclaration(declaration, seed.Framework);
    }

    /// <summary>What a filer changes after a 退回 that asked for the project's leader and telephone.</summary>
    public static void Fix(Declaration declaration, int index)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        declaration.ProjectLeader = People[index % People.Length];
        declaration.ContactPhone = Phone(new Random(index + 1));
    }

    /// <summary>The opinion of a 退回 that <see cref="Fix"/> answers.</summary>
    public const string ReturnOpinion = "请补充项目负责人及联系电话，并核实预算明细的测算依据。";

    private int ErrorCount(Declaration declaration, IndicatorFramework framework) =>
        DeclarationCheck.Problems(declaration, framework, settings).Count(p => p.IsError);

    private static Declaration Vary(Seed seed, ScaleSlot slot, Random random, bool trim)
    {
        var declaration = seed.Declaration.CopyForYear(slot.BudgetYear);
        declaration.Kind = random.Next(3) == 0 ? ProjectKind.New : ProjectKind.Continuing;
        declaration.ProjectName = ProjectName(slot);
        declaration.ProjectCode = $"{ScaleUnits.Code(slot.Unit)}-{slot.BudgetYear}-{slot.Ordinal + 1:0000}";
        MoveYears(declaration, seed.Declaration.BudgetYear, slot.BudgetYear);
        if (random.Next(2) == 0)
        {
            declaration.ProjectLeader = People[random.Next(People.Length)];
            declaration.ContactPerson = People[random.Next(People.Length)];
            declaration.ContactPhone = Phone(random);
        }

        Scale(declaration, Factors[random.Next(Factors.Length)]);
        if (declaration.BudgetLines.Count == 0 && declaration.AnnualFunding.Total is { } total)
        {
            declaration.BudgetLines = BudgetLinesOf(total, random);
        }

        if (trim)
        {
            Trim(declaration.Indicators, random.Next(MinIndicators, MaxIndicators + 1));
        }

        declaration.NumberRowsInOrder();
        return declaration;
    }

    /// <summary>安全生产专项经费, then 乡镇安全生产专项经费 for the unit's next project of that kind in the year, and so on.</summary>
    private static string ProjectName(ScaleSlot slot)
    {
        var round = slot.Ordinal / Projects.Length;
        var project = Projects[(slot.Ordinal + slot.Unit * 7) % Projects.Length];
        return round < Scopes.Length
            ? Scopes[round] + project
            : $"{project}（{(round + 1).ToString(CultureInfo.InvariantCulture)}）";
    }

    /// <summary>The 中期 span and the 项目期 follow the project to its new budget year.</summary>
    private static void MoveYears(Declaration declaration, int from, int to)
    {
        declaration.MidTermStartYear += to - from;
        declaration.MidTermEndYear += to - from;
        declaration.PeriodText = declaration.PeriodText?.Replace(
            from.ToString(CultureInfo.InvariantCulture), to.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Every amount in 元, and cost targets counted in 元 or 万元, by the same factor: what added up still does.</summary>
    private static void Scale(Declaration declaration, decimal factor)
    {
        foreach (var funding in new[] { declaration.MidTermFunding, declaration.AnnualFunding, declaration.PriorYearsFunding })
        {
            funding.Total *= factor;
            funding.Fiscal *= factor;
            funding.FiscalSuperior *= factor;
            funding.FiscalLocal *= factor;
            funding.FiscalSubordinate *= factor;
            funding.Other *= factor;
            funding.OtherOwnFunds *= factor;
        }

        foreach (var line in declaration.BudgetLines)
        {
            line.Amount *= factor;
            line.UnitStandard *= factor;
            line.ActualTwoYearsBefore *= factor;
            line.ActualYearBefore *= factor;
        }

        var totals = declaration.StatedBudgetLineTotals;
        totals.Amount *= factor;
        totals.ActualTwoYearsBefore *= factor;
        totals.ActualYearBefore *= factor;
        foreach (var target in declaration.Indicators.SelectMany(i => new[] { i.MidTerm, i.Annual }).Where(t => t.Unit?.EndsWith('元') == true))
        {
            target.Value *= factor;
        }
    }

    /// <summary>Two to six lines that add up to the year's total exactly, some with a quantity and its standard.</summary>
    private static List<BudgetLine> BudgetLinesOf(decimal total, Random random)
    {
        var items = Lines.OrderBy(_ => random.Next()).Take(random.Next(2, 7)).ToList();
        var shares = items.Select(_ => random.Next(10, 40)).ToList();
        var lines = new List<BudgetLine>();
        var left = total;
        for (var i = 0; i < items.Count; i++)
        {
            var amount = i == items.Count - 1 ? left : Math.Floor(total * shares[i] / shares.Sum() / 100m) * 100m;
            left -= amount;
            var quantity = new[] { 1, 2, 4, 5, 10, 12 }[random.Next(6)];
            var even = amount % quantity == 0;
            lines.Add(new BudgetLine
            {
                Item = items[i].Item,
                Quantity = even ? quantity : null,
                QuantityUnit = even ? items[i].Unit : null,
                UnitStandard = even ? amount / quantity : null,
                Amount = amount,
                Basis = "参照市场询价及上年执行数测算",
            });
        }

        return lines;
    }

    /// <summary>Down to <paramref name="count"/> rows, taking the last row of the fullest 二级 each time, so every 二级 keeps one.</summary>
    private static void Trim(List<Indicator> indicators, int count)
    {
        while (indicators.Count > count
            && indicators.GroupBy(i => (i.Level1, i.Level2)).Where(g => g.Count() > 1).MaxBy(g => g.Count()) is { } fullest)
        {
            indicators.Remove(fullest.Last());
        }
    }

    /// <summary>One mistake a filer makes, for a draft with errors made from a seed without any.</summary>
    private static void Spoil(Declaration declaration, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                declaration.AnnualGoals = [];
                break;
            case 1 when declaration.BudgetLines.Count > 0:
                declaration.BudgetLines[0].Amount += 1000m;
                declaration.BudgetLines[0].Quantity = declaration.BudgetLines[0].UnitStandard = null;
                break;
            default:
                var target = declaration.Indicators.First(i => !i.IsNotApplicable).Annual;
                target.Comparator = null;
                target.Value = null;
                target.Text = null;
                target.Unit = null;
                break;
        }
    }

    private static string Phone(Random random) => $"0557-{random.Next(2_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture)}";

    private sealed record Seed(Declaration Declaration, IndicatorFramework Framework);
}
