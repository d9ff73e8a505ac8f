namespace PerfTargets.Data.Review;

/// <summary>
/// What checking every frozen version of a kind found (<see cref="FrozenBatches"/>): how many were
/// read, and those that are not what was submitted (<see cref="AlteredVersion"/>, <see cref="Reports.AlteredReport"/>).
/// </summary>
public sealed record FrozenCheck<TAltered>(int Checked, IReadOnlyList<TAltered> Altered)
{
    public bool Intact => Altered.Count == 0;
}
