namespace PerfTargets.Web.Editing;

/// <summary>
/// A row of the editor as its partial view renders it: the row, its position in the form (-1 for
/// the template new rows are cloned from), and the page for its messages.
/// </summary>
public sealed record EditorRow<TRow>(TRow Row, int Position, Pages.Declarations.EditModel Page)
{
    /// <summary>The key new rows get in the template; the script replaces it with a fresh one.</summary>
    public const string TemplateKey = "__key__";

    public bool IsTemplate => Position < 0;
}
