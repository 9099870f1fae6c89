using AngleSharp.Html.Parser;

namespace CelebGen.Tests.Support;

/// <summary>
/// Posts the app's statically rendered forms the way a browser does: it reads the antiforgery token and the
/// form's handler name from the page, so the tests exercise the real CSRF protection rather than bypassing it.
/// </summary>
public static class StaticForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var document = new HtmlParser().ParseDocument(page);
        var form = document.QuerySelectorAll("form")
            .FirstOrDefault(f => f.QuerySelector("input[name=_handler]")?.GetAttribute("value") == formName)
            ?? throw new InvalidOperationException($"No form '{formName}' on {pageUrl}.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }
}
