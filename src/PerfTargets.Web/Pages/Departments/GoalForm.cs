using PerfTargets.Core.Departments;
using PerfTargets.Core.Money;

namespace PerfTargets.Web.Pages.Departments;

/// <summary>部门整体绩效目标 as the page posts it: goals and duties, the money block and the 整体绩效指标 table.</summary>
public sealed class GoalForm
{
    public Guid ConcurrencyStamp { get; set; }

    public string? OverallGoal { get; set; }

    public List<DutyForm> Duties { get; set; } = [];

    public string? Safeguards { get; set; }

    public MoneyUnit MoneyUnit { get; set; } = MoneyUnit.TenThousandYuan;

    /// <summary>部门预算总额, as typed in <see cref="MoneyUnit"/>.</summary>
    public string? BudgetTotal { get; set; }

    public List<SourceForm> Sources { get; set; } = [];

    public List<GoalIndicatorForm> Indicators { get; set; } = [];

    public static GoalForm From(DepartmentPerformanceGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new GoalForm
        {
            ConcurrencyStamp = goal.ConcurrencyStamp,
            OverallGoal = goal.OverallGoal,
            Safeguards = goal.Safeguards,
            Duties = [.. goal.DutyGoals.Select(d => new DutyForm { Duty = d.Duty, Goal = d.Goal })],
            MoneyUnit = goal.MoneyUnit,
            BudgetTotal = MoneyInput.ForEditing(goal.BudgetTotal, goal.MoneyUnit),
            Sources = [.. goal.FundingSources.Select(s => new SourceForm { Name = s.Name, Amount = MoneyInput.ForEditing(s.Amount, goal.MoneyUnit) })],
            Indicators = [.. goal.Indicators.Select(i => new GoalIndicatorForm
            {
                Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Target = i.Annual.Display(),
                Weight = IndicatorWeights.Format(i.Weight),
            })],
        };
    }

    /// <summary>
    /// Writes the form into <paramref name="goal"/>, dropping blank rows; returns what could not be
    /// read, by the form field it came from.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> ApplyTo(DepartmentPerformanceGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var errors = new List<(string, string)>();
        goal.OverallGoal = OverallGoal?.Trim() ?? string.Empty;
        goal.Safeguards = string.IsNullOrWhiteSpace(Safeguards) ? null : Safeguards.Trim();
        Duties = [.. Duties.Where(d => !string.IsNullOrWhiteSpace(d.Duty) || !string.IsNullOrWhiteSpace(d.Goal))];
        goal.DutyGoals = [.. Duties.Select((d, i) => new DutyGoal { Sequence = i + 1, Duty = d.Duty?.Trim() ?? string.Empty, Goal = d.Goal?.Trim() ?? string.Empty })];

        goal.MoneyUnit = MoneyUnit;
        goal.BudgetTotal = Amount(BudgetTotal, $"Input.{nameof(BudgetTotal)}", errors);
        Sources = [.. Sources.Where(s => !string.IsNullOrWhiteSpace(s.Name) || !string.IsNullOrWhiteSpace(s.Amount))];
        goal.FundingSources = [.. Sources.Select((s, i) => new DepartmentFundingSource
        {
            Sequence = i + 1,
            Name = s.Name?.Trim() ?? string.Empty,
            Amount = Amount(s.Amount, $"Input.{nameof(Sources)}[{i}].{nameof(SourceForm.Amount)}", errors),
        })];

        Indicators = [.. Indicators.Where(r => new[] { r.Level1, r.Level2, r.Name, r.Target, r.Weight }.Any(t => !string.IsNullOrWhiteSpace(t)))];
        goal.Indicators = [.. Indicators.Select((row, i) => row.ToIndicator(i, errors))];
        return errors;
    }

    private decimal? Amount(string? text, string field, List<(string, string)> errors)
    {
        if (MoneyInput.TryParse(text, MoneyUnit, out var yuan, out var error))
        {
            return yuan;
        }

        errors.Add((field, error!));
        return null;
    }
}

/// <summary>One 分项绩效目标 row.</summary>
public sealed class DutyForm
{
    public string? Duty { get; set; }

    public string? Goal { get; set; }
}

/// <summary>One line of the money block: a source as the form names it, and its amount as typed.</summary>
public sealed class SourceForm
{
    public string? Name { get; set; }

    public string? Amount { get; set; }
}

/// <summary>One row of the 整体绩效指标 table, its target typed in one box ("≥95%", "8个", "持续提升").</summary>
public sealed class GoalIndicatorForm
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Target { get; set; }

    public string? Weight { get; set; }

    /// <summary>A number read as comparator, value and unit makes a 定量 target; anything else is a grade (定性).</summary>
    public Indicator ToIndicator(int index, List<(string, string)> errors)
    {
        var target = new IndicatorTarget();
        var nature = IndicatorNature.Qualitative;
        var text = Target?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            if (TargetText.TrySplit(text, out var comparator, out var value, out var unit))
            {
                (target.Comparator, target.Value, target.Unit, nature) = (comparator, value, unit, IndicatorNature.Quantitative);
            }
            else
            {
                target.Text = text;
            }
        }

        if (!IndicatorWeights.TryRead(Weight, out var weight))
        {
            errors.Add(($"Input.{nameof(GoalForm.Indicators)}[{index}].{nameof(Weight)}", IndicatorWeights.Unreadable(Weight!)));
        }

        return new Indicator
        {
            Sequence = index + 1,
            Level1 = Level1?.Trim() ?? string.Empty,
            Level2 = Level2?.Trim() ?? string.Empty,
            Name = Name?.Trim() ?? string.Empty,
            Nature = nature,
            Annual = target,
            Weight = weight,
        };
    }
}
