using System.Net;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Host.Tests.Pages;

/// <summary>
/// One browser-like visitor over HTTP: keeps its cookies (sign-in, culture, antiforgery) and does not follow
/// redirects by itself, so a test sees where it is sent. <see cref="PostFormAsync"/> reads the antiforgery token from
/// the page's form first, as a browser submitting that form would.
/// </summary>
public sealed partial class PageSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    /// <summary>GETs a page and answers its HTML; fails unless the page answers 200.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}\n{html}");
        return html;
    }

    /// <summary>Submits the form of the page at <paramref name="path"/> with <paramref name="fields"/> and its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        var token = AntiforgeryToken(await GetPageAsync(path));
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>The first antiforgery token in a page's HTML; fails when the page has none.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no __RequestVerificationToken in the page");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Follows one redirect and answers the page it leads to.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.True(redirect.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)redirect.StatusCode}");
        return await GetPageAsync(redirect.Headers.Location!.OriginalString);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
