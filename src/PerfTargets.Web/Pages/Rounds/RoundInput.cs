using System.ComponentModel.DataAnnotations;
using PerfTargets.Core.Rounds;

namespace PerfTargets.Web.Pages.Rounds;

/// <summary>The round form as posted: what the admin typed, the departments ticked.</summary>
public sealed class RoundInput
{
    [Display(Name = "批次名称")]
    public string? Name { get; set; }

    [Display(Name = "预算年度")]
    [Required(ErrorMessage = "请填写预算年度。")]
    public int? BudgetYear { get; set; }

    [Display(Name = "开始日期")]
    [Required(ErrorMessage = "请填写开始日期，如 2024-01-15。")]
    public DateOnly? OpensOn { get; set; }

    [Display(Name = "截止日期")]
    [Required(ErrorMessage = "请填写截止日期，如 2024-03-31。")]
    public DateOnly? ClosesOn { get; set; }

    [Display(Name = "通知说明")]
    public string? Notice { get; set; }

    /// <summary>应报单位: the departments ticked.</summary>
    public List<int> DepartmentIds { get; set; } = [];

    public static RoundInput From(FilingRound round) => new()
    {
        Name = round.Name, BudgetYear = round.BudgetYear, OpensOn = round.OpensOn, ClosesOn = round.ClosesOn, Notice = round.Notice,
        DepartmentIds = [.. round.Departments.Select(d => d.DepartmentId)],
    };

    /// <summary>The round as typed, for the validator (the dates and year are given once the form's required checks pass).</summary>
    public FilingRound ToRound(int id) => new()
    {
        Id = id, Name = Name?.Trim() ?? string.Empty, BudgetYear = BudgetYear ?? 0, OpensOn = OpensOn ?? default, ClosesOn = ClosesOn ?? default,
        Notice = string.IsNullOrWhiteSpace(Notice) ? null : Notice.Trim(),
        Departments = [.. DepartmentIds.Distinct().Select(d => new RoundDepartment { DepartmentId = d })],
    };
}
