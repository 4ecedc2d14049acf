using System.Net;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Tests.Pages.Inspections;

namespace ComplianceEngine.Host.Tests.Pages.Enterprises;

public sealed class IndexPageTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    [Fact]
    public async Task OnGet_FindsTheEnterpriseByPartOfItsName_WhenSearchedInItsCity()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync($"/Enterprises?q={Uri.EscapeDataString("达恒包装")}&city={Uri.EscapeDataString("抚州市")}");

        Assert.Equal(["E-0000001"], EnforcementHostFactory.LinkedEnterprises(html));
        Assert.Contains("找到1家企业。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_PagesTheRegisterFiftyAtATime_WhenNothingIsSearched()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var first = await session.GetPageAsync("/Enterprises");
        var last = await session.GetPageAsync("/Enterprises?page=6");

        Assert.Equal(50, EnforcementHostFactory.LinkedEnterprises(first).Count);
        Assert.Equal(50, EnforcementHostFactory.LinkedEnterprises(last).Count);
        Assert.Empty(EnforcementHostFactory.LinkedEnterprises(first).Intersect(EnforcementHostFactory.LinkedEnterprises(last)));
        Assert.Contains("找到300家企业。", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_Answers400NamingTheParameter_WhenThePageIsNotANumber()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.Client.GetAsync("/Enterprises?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("got 'abc'", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
