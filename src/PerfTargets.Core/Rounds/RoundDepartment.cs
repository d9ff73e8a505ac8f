namespace PerfTargets.Core.Rounds;

/// <summary>批次单位: a department expected to file in a round, with the extension (延期) the admin granted it, if any.</summary>
public sealed class RoundDepartment
{
    public int Id { get; set; }

    public int FilingRoundId { get; set; }

    public int DepartmentId { get; set; }

    /// <summary>延期至: the department may submit until the end of this day instead of the round's close.</summary>
    public DateOnly? ExtendedTo { get; set; }

    /// <summary>延期原因, as the admin gave it.</summary>
    public string? ExtensionReason { get; set; }
}
