using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PerfTargets.Web.Forms;

/// <summary>
/// Marks a field that has messages so that assistive technology announces them with it:
/// is-invalid, aria-invalid="true" and aria-describedby naming its message element
/// (<see cref="MessageId"/>). The messages are those given in field-errors, or else the model
/// state's for the field's asp-for.
/// </summary>
[HtmlTargetElement("input", Attributes = ErrorsAttribute)]
[HtmlTargetElement("select", Attributes = ErrorsAttribute)]
[HtmlTargetElement("textarea", Attributes = ErrorsAttribute)]
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class FieldErrorsTagHelper : TagHelper
{
    private const string ErrorsAttribute = "field-errors";
    private const string ForAttribute = "asp-for";

    /// <summary>After the framework's input tag helpers, which write the id this names.</summary>
    public override int Order => 100;

    [HtmlAttributeName(ErrorsAttribute)]
    public IReadOnlyList<string>? Errors { get; set; }

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The id of the element that holds a field's message: its first, or the one at <paramref name="index"/>.</summary>
    public static string MessageId(string fieldId, int index = 0) => index == 0 ? fieldId + "-error" : $"{fieldId}-error-{index + 1}";

    /// <summary>The id a field bound to this model name gets from asp-for.</summary>
    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var count = Errors?.Count ?? (For is null ? 0 : ViewContext.ViewData.ModelState[For.Name]?.Errors.Count ?? 0);
        if (count == 0)
        {
            return;
        }

        var id = output.Attributes["id"]?.Value?.ToString() ?? (For is null ? null : FieldId(For.Name));
        // A list given in field-errors is shown one element per message (_FieldMessages); asp-validation-for shows one.
        MarkInvalid(output, id, Errors?.Count ?? 1);
    }

    /// <summary>Marks a field invalid and described by its <paramref name="shown"/> message elements.</summary>
    public static void MarkInvalid(TagHelperOutput output, string? id, int shown)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        if (id is not null)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', Enumerable.Range(0, shown).Select(i => MessageId(id, i))));
        }
    }

    /// <summary>A field's messages, each in an element with the id its aria-describedby names (<see cref="MessageId"/>).</summary>
    public static IHtmlContent Messages(string fieldId, IReadOnlyList<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var html = new HtmlContentBuilder();
        for (var i = 0; i < messages.Count; i++)
        {
            var message = new TagBuilder("div");
            message.Attributes["id"] = MessageId(fieldId, i);
            message.AddCssClass("invalid-feedback d-block");
            message.InnerHtml.Append(messages[i]);
            html.AppendLine(message);
        }

        return html;
    }
}

/// <summary>Gives a validation message (asp-validation-for) the id its field's aria-describedby names.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement("div", Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", FieldErrorsTagHelper.MessageId(FieldErrorsTagHelper.FieldId(For.Name)));
        }
    }
}

/// <summary>The model state's messages for one form key, for fields not bound with asp-for.</summary>
public static class ModelStateMessages
{
    public static IReadOnlyList<string> MessagesFor(this ModelStateDictionary state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
    }
}
