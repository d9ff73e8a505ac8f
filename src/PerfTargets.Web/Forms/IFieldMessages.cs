namespace PerfTargets.Web.Forms;

/// <summary>
/// A page that knows more about its fields than the model state (字段提示): the messages of the
/// rules it ran, by the form key of the field they belong to. <see cref="FieldTagHelper"/> asks it.
/// </summary>
public interface IFieldMessages
{
    IReadOnlyList<string> MessagesFor(string formKey);
}
