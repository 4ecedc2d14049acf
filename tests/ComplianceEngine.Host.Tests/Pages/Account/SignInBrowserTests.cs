using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ComplianceEngine.Host.Tests.Pages.Account;

/// <summary>Signing in as a person would, in headless chromium, with axe on every page reached.</summary>
public sealed class SignInBrowserTests(BrowserHost browser) : IClassFixture<BrowserHost>
{
    [Theory]
    [InlineData(Roles.Officer, "审批人员 · 工作台")]
    [InlineData(Roles.Enforcement, "执法人员 · 工作台")]
    [InlineData(Roles.Enterprise, "企业用户 · 工作台")]
    [InlineData(Roles.Admin, "系统管理员 · 工作台")]
    public async Task SignIn_LandsOnTheRolesStartPage_WhenTypedIntoTheForm(string role, string heading)
    {
        await using var visit = await browser.SignInAsync(role, $"sign-in-{role}");

        Assert.Equal(heading, await visit.Page.Locator("h1").TextContentAsync());
        Assert.Contains(SamplePeople.DisplayNames[role], await visit.Page.Locator("header .who").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ShowsAMessage_WhenPasswordIsWrong()
    {
        await using var visit = await browser.OpenAsync("sign-in-wrong-password");

        await visit.SignInAsync(Roles.Officer, "Wrong-password-1!");

        Assert.Equal("用户名或密码不正确。", await visit.Page.Locator("[role=alert]").TextContentAsync());
        Assert.EndsWith("/Account/SignIn", visit.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_SaysTheAccountIsLocked_AfterFiveWrongPasswords()
    {
        const string password = "Browser-lockout-2026!";
        using (var scope = browser.Host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var person = new Person { UserName = "browser-lockout", DisplayName = "周平" };
            Assert.True((await users.CreateAsync(person, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(person, Roles.Enforcement)).Succeeded);
        }

        await using var visit = await browser.OpenAsync("sign-in-lockout");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await visit.SignInAsync("browser-lockout", $"Wrong-{attempt}-password!");
        }

        await visit.SignInAsync("browser-lockout", password);

        Assert.Contains("账户已暂时锁定", await visit.Page.Locator("[role=alert]").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_SendsToSignInAndBack_WhenNobodyIsSignedIn()
    {
        await using var visit = await browser.OpenAsync("anonymous");

        await visit.GotoAsync("/");

        Assert.Contains("/Account/SignIn?ReturnUrl=%2F", visit.Page.Url, StringComparison.Ordinal);
        await visit.Page.Locator("#user-name").FillAsync(Roles.Officer);
        await visit.Page.Locator("#password").FillAsync(PageHostFactory.PasswordOf(Roles.Officer));
        await visit.ClickAsync(visit.Page.Locator("main button[type=submit]"));
        Assert.Equal("审批人员 · 工作台", await visit.Page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task LanguageLink_ShowsTheWorkspaceInEnglish_WhenClicked()
    {
        await using var visit = await browser.SignInAsync(Roles.Admin, "english");

        await visit.ClickAsync(visit.Page.GetByRole(AriaRole.Link, new() { Name = "English" }));

        Assert.Equal("Administrator · Workspace", await visit.Page.Locator("h1").TextContentAsync());
        Assert.Equal("en", await visit.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Matches(@"Today is \d{1,2} [A-Z][a-z]{2} \d{4}\.", await visit.Page.Locator("main").TextContentAsync());
    }
}
