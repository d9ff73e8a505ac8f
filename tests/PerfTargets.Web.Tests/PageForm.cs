using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PerfTargets.Web.Tests;

/// <summary>
/// A page's form as a browser would submit it: every field with its current value (checked boxes
/// only, the selected option), the antiforgery token included; fields can be changed, added and
/// removed before posting, as a user (or the editor's script) would.
/// </summary>
internal sealed class PageForm
{
    private readonly HttpClient client;
    private readonly string action;

    private PageForm(HttpClient client, string action, List<KeyValuePair<string, string>> fields, IHtmlDocument page)
    {
        this.client = client;
        this.action = action;
        Fields = fields;
        Page = page;
    }

    public List<KeyValuePair<string, string>> Fields { get; }

    public IHtmlDocument Page { get; }

    public static async Task<PageForm> LoadAsync(HttpClient client, string url, string selector = "main form[method=post]")
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return Read(client, url, await response.Content.ReadAsStringAsync(), selector);
    }

    public static PageForm Read(HttpClient client, string url, string html, string selector = "main form[method=post]")
    {
        var page = new HtmlParser().ParseDocument(html);
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No {selector} on {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            if (element.Closest("template") is not null || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "submit" or "button" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                    {
                        continue;
                    }

                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(select.Name!, option?.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new PageForm(client, string.IsNullOrEmpty(action) ? url : action, fields, page);
    }

    public string this[string name] => Fields.First(f => f.Key == name).Value;

    /// <summary>Sets the first field of this name, or adds it.</summary>
    public PageForm Set(string name, string value)
    {
        var index = Fields.FindIndex(f => f.Key == name);
        if (index < 0)
        {
            Fields.Add(new(name, value));
        }
        else
        {
            Fields[index] = new(name, value);
        }

        return this;
    }

    public PageForm Remove(Func<string, bool> names)
    {
        Fields.RemoveAll(f => names(f.Key));
        return this;
    }

    public Task<HttpResponseMessage> PostAsync() => client.PostAsync(action, new FormUrlEncodedContent(Fields));

    /// <summary>Posts as a button with its own formaction (a page handler) would.</summary>
    public Task<HttpResponseMessage> PostToAsync(string url) => client.PostAsync(url, new FormUrlEncodedContent(Fields));
}
