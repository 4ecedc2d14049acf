using System.Net;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplianceEngine.Host.Tests.Pages;

/// <summary>
/// The host as scripts/serve.sh runs it for people: the bundled sample's enterprises imported at start and one sample
/// person per role (user name = role, password <see cref="PasswordOf"/>), on a fresh PostgreSQL database.
/// <see cref="SignInAsync"/> gives a session signed in through the real sign-in page.
/// </summary>
public class PageHostFactory : HostFactory
{
    public PageHostFactory()
    {
        ExtraSettings["Sample:Files:0"] = RepositoryFile("data", "sample", "enterprises.json");
        foreach (var role in Roles.All)
        {
            ExtraSettings[$"Sample:Passwords:{role}"] = PasswordOf(role);
        }
    }

    /// <summary>The sample password of a role's person in these tests (Identity's rules: 10+ characters, mixed classes).</summary>
    public static string PasswordOf(string role) => $"Test-{role}-2026!";

    /// <summary>A visitor who has not signed in.</summary>
    public PageSession Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in as the sample person of <paramref name="role"/>; fails unless the sign-in page sends them to <c>/</c>.</summary>
    public async Task<PageSession> SignInAsync(string role)
    {
        var session = Anonymous();
        var response = await session.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["UserName"] = role, ["Password"] = PasswordOf(role) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return session;
    }
}
