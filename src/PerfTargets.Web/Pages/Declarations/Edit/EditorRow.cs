using System.Globalization;
using Microsoft.AspNetCore.Html;

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

    /// <summary>
    /// A text field's length limit (forms.js notes a longer text). Like the other attributes only the
    /// script reads and every row shares, it is written once, in the template, and copied by editor.js
    /// onto the rows the server renders.
    /// </summary>
    public HtmlString Limit(int maxLength) => Shared($"data-maxlength=\"{maxLength.ToString(CultureInfo.InvariantCulture)}\"");

    /// <summary>A 三级 name's suggestions from the 指标库 (forms.js), shared as <see cref="Limit"/>.</summary>
    public HtmlString LibrarySuggestions() => Shared("data-library aria-autocomplete=\"list\"");

    /// <summary>Suggestions from the page's datalist <paramref name="datalist"/> (forms.js), shared as <see cref="Limit"/>.</summary>
    public HtmlString Suggestions(string datalist) => Shared($"data-suggestions=\"{datalist}\" aria-autocomplete=\"list\"");

    private HtmlString Shared(string attributes) => IsTemplate ? new HtmlString(attributes) : HtmlString.Empty;
}
