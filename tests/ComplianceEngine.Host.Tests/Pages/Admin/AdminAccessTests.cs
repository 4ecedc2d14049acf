using System.Net;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Tests.Pages.Admin;

public sealed class AdminAccessTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    [Theory]
    [InlineData(Roles.Officer, "/Admin/People")]
    [InlineData(Roles.Enforcement, "/Admin/ApiKeys")]
    [InlineData(Roles.Enterprise, "/Admin/Catalog")]
    public async Task AdminPage_Answers403_WhenThePersonIsNotAnAdmin(string role, string path)
    {
        using var session = await host.SignInAsync(role);

        var redirect = await session.Client.GetAsync(path);
        var denied = await session.Client.GetAsync(redirect.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/Account/Denied", redirect.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Reload_IsRefused_WhenPostedWithoutTheAntiforgeryToken()
    {
        using var admin = await host.SignInAsync(Roles.Admin);

        var response = await admin.Client.PostAsync("/Admin/Catalog?handler=Reload", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
