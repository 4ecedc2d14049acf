using System.Net;
using System.Text.RegularExpressions;

namespace ComplianceEngine.Pages.Bench;

/// <summary>Signs a person in through the web sign-in form, as a browser does, leaving the cookie in the client's container.</summary>
public static partial class CookieSignIn
{
    public static async Task SignInAsync(HttpClient client, SignInForm form, Person person, string password, CancellationToken ct)
    {
        var page = await client.GetStringAsync(form.Path, ct);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"the sign-in page {form.Path} has no __RequestVerificationToken field");
        }

        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [form.UserField] = person.UserName,
            [form.PasswordField] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
        });
        using var response = await client.PostAsync(form.Path, body, ct);
        // A successful sign-in redirects; a refused one shows the form again (200) with its message.
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
        {
            throw new InvalidOperationException($"signing in as {person.UserName} ({person.Role}) at {form.Path} answered {(int)response.StatusCode}, not a redirect");
        }
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="(?<value>[^"]*)"|value="(?<value>[^"]*)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex AntiforgeryToken();
}
