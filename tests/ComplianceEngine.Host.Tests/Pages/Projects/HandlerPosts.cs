using System.Text.RegularExpressions;

namespace ComplianceEngine.Host.Tests.Pages.Projects;

/// <summary>
/// Posts as a browser submits a form of a page: the antiforgery token read from the page it is on, sent to that form's
/// handler (<c>?handler=Draft</c>), as url-encoded fields or, for a file, as multipart.
/// </summary>
internal static partial class HandlerPosts
{
    public static async Task<HttpResponseMessage> PostAsync(this PageSession session, string page, string? handler, IReadOnlyDictionary<string, string> fields)
    {
        var token = PageSession.AntiforgeryToken(await session.GetPageAsync(page));
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await session.Client.PostAsync(Target(page, handler), new FormUrlEncodedContent(form));
    }

    public static async Task<HttpResponseMessage> UploadAsync(this PageSession session, string page, string fileName, string content)
    {
        var token = PageSession.AntiforgeryToken(await session.GetPageAsync(page));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(content, System.Text.Encoding.UTF8, "application/json"), "file", fileName },
        };
        return await session.Client.PostAsync(Target(page, "Upload"), form);
    }

    /// <summary>The value of the first hidden input <paramref name="name"/> in a page.</summary>
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"(?<value>[^\"]+)\"");
        Assert.True(match.Success, $"no hidden {name} in the page");
        return match.Groups["value"].Value;
    }

    private static string Target(string page, string? handler) => handler is null ? page : $"{page}?handler={handler}";
}
