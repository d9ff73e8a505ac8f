using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PerfTargets.Web.Forms;

/// <summary>
/// One form field (表单字段) written once: its label, the control, and under it its messages, the
/// control marked invalid and described by them (<see cref="FieldErrorsTagHelper.MarkInvalid"/>).
/// The field is named by asp-for, or by field-name where a loop writes it; its messages come from
/// the page (<see cref="IFieldMessages"/>), or else the model state. A required control gets the
/// label's required mark; field-suffix puts a unit ("%") at the end of the control.
/// <code>&lt;input asp-for="Input.ProjectName" field-label="项目名称" class="form-control" required /&gt;</code>
/// </summary>
[HtmlTargetElement("input", Attributes = LabelAttribute)]
[HtmlTargetElement("select", Attributes = LabelAttribute)]
[HtmlTargetElement("textarea", Attributes = LabelAttribute)]
[HtmlTargetElement("input", Attributes = NameAttribute)]
[HtmlTargetElement("select", Attributes = NameAttribute)]
[HtmlTargetElement("textarea", Attributes = NameAttribute)]
public sealed class FieldTagHelper : TagHelper
{
    private const string LabelAttribute = "field-label";
    private const string NameAttribute = "field-name";

    /// <summary>After the framework's tag helpers (which write the id and name) and <see cref="FieldErrorsTagHelper"/>, whose marks this replaces.</summary>
    public override int Order => 110;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>The form key of a field not bound with asp-for; written as its name.</summary>
    [HtmlAttributeName(NameAttribute)]
    public string? Name { get; set; }

    /// <summary>The visible label; without it the control names itself (aria-label).</summary>
    [HtmlAttributeName(LabelAttribute)]
    public string? Label { get; set; }

    /// <summary>A unit shown at the end of the control, in a Bootstrap input group.</summary>
    [HtmlAttributeName("field-suffix")]
    public string? Suffix { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var key = For?.Name ?? Name ?? throw new InvalidOperationException("A field needs asp-for or field-name.");
        if (!output.Attributes.ContainsName("name"))
        {
            output.Attributes.SetAttribute("name", key);
            if (output.TagName == "textarea")
            {
                // As asp-for writes it: the parser drops one newline after <textarea>, so a text's own first one survives.
                output.PreContent.AppendHtml(Environment.NewLine);
            }
        }

        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", FieldErrorsTagHelper.FieldId(key));
        }

        var id = output.Attributes["id"].Value.ToString()!;
        var messages = ViewContext.ViewData.Model is IFieldMessages page ? page.MessagesFor(key) : ViewContext.ModelState.MessagesFor(key);
        if (messages.Count > 0)
        {
            FieldErrorsTagHelper.MarkInvalid(output, id, messages.Count);
        }

        if (Label is not null)
        {
            var label = new TagBuilder("label");
            label.AddCssClass(output.Attributes.ContainsName("required") ? "form-label required small" : "form-label small");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(Label);
            output.PreElement.AppendHtml(label).AppendHtml(Environment.NewLine);
        }

        if (Suffix is not null)
        {
            output.PreElement.AppendHtml("<div class=\"input-group input-group-sm\">");
            output.PostElement.AppendHtml("<span class=\"input-group-text\">").Append(Suffix).AppendHtml("</span></div>");
        }

        output.PostElement.AppendHtml(Environment.NewLine).AppendHtml(FieldErrorsTagHelper.Messages(id, messages));
    }
}
