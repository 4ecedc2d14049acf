using System.Net;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages.Account;

public sealed class SignInTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    [Theory]
    [InlineData(Roles.Officer, "审批人员", "/Projects")]
    [InlineData(Roles.Enforcement, "执法人员", "/Inspections")]
    [InlineData(Roles.Enterprise, "企业用户", "/Enterprise")]
    [InlineData(Roles.Admin, "系统管理员", "/Admin/People")]
    public async Task SignIn_LandsOnTheRolesStartPage_WhenPasswordIsRight(string role, string heading, string link)
    {
        using var session = await host.SignInAsync(role);

        var html = await session.GetPageAsync("/");

        Assert.Contains($"<h1>{heading} · 工作台</h1>", html, StringComparison.Ordinal);
        Assert.Contains(SamplePeople.DisplayNames[role], html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ShowsTheEnterprise_WhenPersonIsAnEnterpriseUser()
    {
        using var session = await host.SignInAsync(Roles.Enterprise);

        var html = await session.GetPageAsync("/");

        Assert.Contains($"本账户代表企业 {SamplePeople.SampleEnterpriseId}。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_SaysSoAndStaysSignedOut_WhenPasswordIsWrong()
    {
        using var session = host.Anonymous();

        var response = await session.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["UserName"] = Roles.Officer, ["Password"] = "wrong-password-1A!" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_IsRefused_WhenAntiforgeryTokenIsMissing()
    {
        using var session = host.Anonymous();

        var response = await session.Client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = Roles.Officer,
            ["Password"] = PageHostFactory.PasswordOf(Roles.Officer),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_LocksThePersonOut_AfterFiveWrongPasswords()
    {
        const string password = "Locked-out-2026!";
        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var created = await users.CreateAsync(new Person { UserName = "lockout-test", DisplayName = "测试" }, password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync((await users.FindByNameAsync("lockout-test"))!, Roles.Officer)).Succeeded);
        }

        using var session = host.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await session.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["UserName"] = "lockout-test", ["Password"] = $"wrong-{attempt}-Aa!" });
        }

        var right = await session.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["UserName"] = "lockout-test", ["Password"] = password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已暂时锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_RedirectsToSignIn_WhenNobodyIsSignedIn()
    {
        using var session = host.Anonymous();

        var response = await session.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Account/SignIn?ReturnUrl=%2F", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_StillAnswers401ProblemJson_WhenNobodyIsSignedIn()
    {
        using var session = host.Anonymous();

        var response = await session.Client.GetAsync("/api/v1/rules");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_IgnoresTheCookie_WhenAPersonIsSignedIn()
    {
        // Cookie-authenticated JSON posts would be open to cross-site requests: /api keeps API keys only.
        using var session = await host.SignInAsync(Roles.Admin);

        var response = await session.Client.GetAsync("/api/v1/rules");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_WhenPosted()
    {
        using var session = await host.SignInAsync(Roles.Officer);

        var token = PageSession.AntiforgeryToken(await session.GetPageAsync("/"));
        var signOut = await session.Client.PostAsync("/Account/SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task StartPage_IsEnglishWithEnglishDates_WhenCultureIsSwitched()
    {
        using var session = await host.SignInAsync(Roles.Officer);

        var zh = await session.GetPageAsync("/");
        var switched = await session.Client.GetAsync("/Culture?culture=en&returnUrl=%2F");
        var en = await session.FollowAsync(switched);

        Assert.Contains("<html lang=\"zh-CN\">", zh, StringComparison.Ordinal);
        Assert.Matches(@"今天是\d{4}年\d{1,2}月\d{1,2}日", zh);
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("<h1>Approval officer · Workspace</h1>", en, StringComparison.Ordinal);
        Assert.Matches(@"Today is \d{1,2} [A-Z][a-z]{2} \d{4}\.", en);
        Assert.Contains(">Sign out</button>", en, StringComparison.Ordinal);
    }
}
