using System.Security.Claims;
using PerfTargets.Sheets.Declarations;
using PerfTargets.Sheets.Reading;

namespace PerfTargets.Web.Exchange;

/// <summary>
/// 导入 Excel: a filled workbook read as a declaration for one user, then through the same intake as
/// 导入 JSON (department, framework, storage limits). Every problem is collected — the file's, at
/// its cells, and the intake's — and the declaration is given only when there is none.
/// </summary>
public sealed class WorkbookIntake(PerfTargetsDbContext db, DeclarationIntake intake)
{
    /// <summary>The intake's members the sheet reader has already judged at their cells.</summary>
    private static readonly HashSet<string> SaidAtCells = ["$.budgetYear", "$.projectName"];

    public async Task<WorkbookImport> ReadAsync(byte[] file, ClaimsPrincipal user, Declaration? replacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadWorkbook workbook;
        try
        {
            workbook = WorkbookReader.Read(file);
        }
        catch (UnreadableWorkbookException e)
        {
            return new WorkbookImport(null, [], e.Message, null);
        }

        var reading = FormSheetReader.Read(workbook, await DefaultsAsync(user, cancellationToken));
        var problems = reading.Problems.Select(p => p.ToString()).ToList();
        var document = new ReceivedDeclaration(reading.Declaration, reading.FrameworkCode, reading.DepartmentCode, new HashSet<string>(["budgetYear"], StringComparer.OrdinalIgnoreCase));
        var read = await intake.ReadAsync(document, user, replacing, cancellationToken);
        if (read.Forbidden is { } forbidden)
        {
            return new WorkbookImport(null, problems, null, forbidden);
        }

        problems.AddRange(read.Errors.Where(e => !SaidAtCells.Contains(e.Key)).SelectMany(e => e.Value.Select(message => $"{e.Key}：{message}")));
        if (read.Framework is { } framework)
        {
            problems.AddRange(FormSheetReader.UnknownLevel1s(reading, framework).Select(p => p.ToString()));
        }

        return new WorkbookImport(problems.Count == 0 ? read.Declaration : null, problems, null, null);
    }

    /// <summary>What the form printed for fields left blank: the user's unit as 实施单位, its parent (or itself) as 主管部门.</summary>
    private async Task<FormDefaults> DefaultsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == user.DepartmentId(), cancellationToken);
        if (department is null)
        {
            return new FormDefaults(null, null);
        }

        var parent = department.ParentId is { } parentId ? await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == parentId, cancellationToken) : null;
        return new FormDefaults(department.Name, Core.Departments.SupervisingDepartment.Of(new Declaration(), department, parent));
    }
}

/// <summary>
/// What became of an uploaded workbook: the declaration to store, or the problems (by cell), or why
/// the file could not be read at all, or a refusal (another department's file).
/// </summary>
public sealed record WorkbookImport(Declaration? Declaration, IReadOnlyList<string> Problems, string? Unreadable, string? Forbidden);
