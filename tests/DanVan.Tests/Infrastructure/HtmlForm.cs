using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// A form read from a page the way a browser would submit it: every field with its current value (checked
/// boxes, selected options, textareas), so a test changes only what an officer would change.
/// </summary>
public sealed class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> fields;

    private HtmlForm(List<KeyValuePair<string, string>> fields) => this.fields = fields;

    public static HtmlForm Read(string html, string formId)
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.GetElementById(formId) as IHtmlFormElement ?? throw new InvalidOperationException($"No form #{formId} on the page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button" or "file"):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(name, option.Value));
                    }

                    break;
            }
        }

        return new HtmlForm(fields);
    }

    public string? this[string name] => fields.FirstOrDefault(f => f.Key == name).Value;

    public IReadOnlyList<string> Values(string name) => fields.Where(f => f.Key == name).Select(f => f.Value).ToList();

    public IEnumerable<string> Names => fields.Select(f => f.Key).Distinct();

    /// <summary>Replaces every value of the field (none given: removes it, like unticking a box).</summary>
    public HtmlForm Set(string name, params string[] values)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string actionUrl) =>
        client.PostAsync(actionUrl, new FormUrlEncodedContent(fields));
}
