using PerfTargets.Core.Declarations;

namespace PerfTargets.Sheets.Declarations;

/// <summary>
/// A workbook read as a declaration: the declaration, the codes the file names its framework and
/// department by, and every problem found, by cell. Nothing of a reading with problems is to be stored.
/// <see cref="Level1Cells"/> names the cell of each indicator's 一级, for the check against the framework.
/// </summary>
public sealed record SheetReading(Declaration Declaration, string? FrameworkCode, string? DepartmentCode, IReadOnlyList<SheetProblem> Problems, IReadOnlyList<string> Level1Cells)
{
    public bool IsClean => Problems.Count == 0;
}
