namespace PerfTargets.Pdf.Composition.Text;

/// <summary>A run of text in one style; <see cref="Dynamic"/> text (a page number) is worked out on each page.</summary>
internal sealed record TextSpan(string Text, TextStyle Style, Func<Infrastructure.RenderContext, string>? Dynamic = null)
{
    public string TextOn(Infrastructure.RenderContext context) => Dynamic is null ? Text : Dynamic(context);
}
