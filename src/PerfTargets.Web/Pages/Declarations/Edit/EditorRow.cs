namespace PerfTargets.Web.Pages.Declarations.Edit;

/// <summary>
/// A row of the editor as its partial view renders it: the row, its position in the form (-1 for
/// the template new rows are cloned from), and the page for its messages.
/// </summary>
public sealed record EditorRow<TRow>(TRow Row, int Position, EditModel Page)
{
    /// <summary>The key new rows get in the template; the script replaces it with a fresh one.</summary>
    public const string TemplateKey = "__key__";

    public bool IsTemplate => Position < 0;

    /// <summary>The row's messages in <paramref name="list"/> (none in the template).</summary>
    public RowMessages MessagesIn(string list, string key) => IsTemplate ? RowMessages.None : Page.Messages.Row(list, Position, key);

    /// <summary>
    /// A cell's accessible name with its row ("第3行 金额"): the column header is out of reach of a
    /// screen reader moving between fields. The script renumbers it when rows move.
    /// </summary>
    public string Label(string name) => IsTemplate ? $"新行 {name}" : $"第{Position + 1}行 {name}";
}
