using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace PerfTargets.Web.Setup;

/// <summary>
/// The tag helpers' HTML, without the maxlength attribute they add for a [StringLength]: a browser
/// cuts a pasted text off at it without a word. Such fields carry data-maxlength instead, whose note
/// (forms.js) says the text is too long, and the server refuses it at the field with the input kept.
/// </summary>
internal sealed class NoMaxLengthHtmlGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> optionsAccessor,
    IModelMetadataProvider metadataProvider,
    IUrlHelperFactory urlHelperFactory,
    HtmlEncoder htmlEncoder,
    ValidationHtmlAttributeProvider validationAttributeProvider)
    : DefaultHtmlGenerator(antiforgery, optionsAccessor, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider)
{
    protected override void AddMaxLengthAttribute(ViewDataDictionary viewData, TagBuilder tagBuilder, ModelExplorer modelExplorer, string expression)
    {
    }
}
