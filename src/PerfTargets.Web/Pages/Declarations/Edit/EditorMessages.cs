using Microsoft.AspNetCore.Mvc.ModelBinding;
using PerfTargets.Core.Validation;
using PerfTargets.Web.Validation;

namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>
/// 编辑器提示: every message the editor shows, by the field or row it belongs to — what the form
/// reader could not read or store (the model state, by form key) and the rules' problems (by their
/// path, placed with <see cref="FormKeys"/>). The same after a save and while typing (_Check).
/// </summary>
public sealed class EditorMessages(ModelStateDictionary state, IReadOnlyList<ValidationProblem> problems, DeclarationForm form)
{
    private static readonly string[] Lists = [nameof(DeclarationForm.BudgetLines), nameof(DeclarationForm.Indicators), nameof(DeclarationForm.Safeguards)];

    public static EditorMessages None { get; } = new(new ModelStateDictionary(), [], new DeclarationForm());

    /// <summary>The rules' problems, in the order the problems panel lists them.</summary>
    public IReadOnlyList<ValidationProblem> Problems => problems;

    /// <summary>Whether the form could be read and stored; until then the rules are not run.</summary>
    public bool Readable => state.IsValid;

    /// <summary>The messages for one field: what could not be read or stored, and the rules' problems there.</summary>
    public IReadOnlyList<string> For(string formKey)
    {
        var messages = state.TryGetValue(formKey, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        messages.AddRange(problems.Where(p => FormKeys.For(p.Path, form) == formKey).Select(p => p.Message));
        return messages.Distinct().ToList();
    }

    /// <summary>The fields outside the rows that have messages, by form key (rows say theirs in <see cref="Row"/>).</summary>
    public IEnumerable<string> FieldKeys() =>
        state.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key)
            .Concat(problems.Select(p => FormKeys.For(p.Path, form)))
            .Where(key => key.Length > 0 && !Lists.Any(list => key.StartsWith(FormKeys.Field(list) + "[", StringComparison.Ordinal)))
            .Distinct();

    /// <summary>The messages of one row of a list (<c>nameof(DeclarationForm.BudgetLines)</c>…), at its position in the form.</summary>
    public RowMessages Row(string list, int position, string key)
    {
        var path = $"{char.ToLowerInvariant(list[0])}{list[1..]}[{position}]";
        var rowProblems = problems.Where(p => p.Path == path || p.Path.StartsWith(path + ".", StringComparison.Ordinal)).ToList();
        var rowKey = FormKeys.Row(list, key) + ".";
        var errors = state.Where(e => e.Key.StartsWith(rowKey, StringComparison.Ordinal)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
        return list switch
        {
            nameof(DeclarationForm.BudgetLines) => new(ProblemAnchor.RowOfBudgetLine(position), 9, errors, rowProblems),
            nameof(DeclarationForm.Indicators) => new(ProblemAnchor.RowOfIndicator(position), 7, errors, rowProblems),
            // 制度保障 rows say only the rules' problems, in their first cell.
            _ => new(null, 0, [], rowProblems),
        };
    }
}

/// <summary>
/// 行内提示: the messages of one editor row, shown in a row of their own under it (<see cref="Columns"/>
/// wide) or, with no columns, in its first cell; <see cref="Anchor"/> is the row's id, which the
/// problems panel links to.
/// </summary>
public sealed record RowMessages(string? Anchor, int Columns, IReadOnlyList<string> Errors, IReadOnlyList<ValidationProblem> Problems)
{
    public static RowMessages None { get; } = new(null, 0, [], []);

    public bool Any => Errors.Count > 0 || Problems.Count > 0;

    /// <summary>The id of the messages' row while there is one: every field of the row is described by it.</summary>
    public string? Id => Any && Columns > 0 ? Anchor + "-messages" : null;

    /// <summary>The row's colour: red for anything that stops it, amber for warnings only (制度保障: red for any).</summary>
    public string State => Errors.Count > 0 || Problems.Any(p => p.IsError) || (Columns == 0 && Any) ? "table-danger" : Problems.Count > 0 ? "table-warning" : "";
}
