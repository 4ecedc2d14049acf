using System.Net;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Places;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

/// <summary>The inspection list's county filter offers the chosen city's counties only, on the server, without script.</summary>
public sealed partial class CountyFilterTests(EnforcementHostFactory host) : IClassFixture<EnforcementHostFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => host.ImportMonitoredAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task OnGet_OffersExactlyTheChosenCitysCounties_WhenACityIsChosen()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync("/Inspections?city=" + Uri.EscapeDataString("赣州市"));

        var expected = JiangxiDivisions.CityNamed("赣州市")!.Counties.Select(c => c.Name).ToList();
        Assert.Equal(expected, CountyOptions(html));
    }

    [Fact]
    public async Task OnGet_OffersNoCountyAndSaysToChooseACityFirst_WhenNoCityIsChosen()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync("/Inspections");

        Assert.Empty(CountyOptions(html));
        Assert.Contains("先选设区市并筛选，再选其县（市、区）。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_DropsTheCountyAndListsTheWholeCity_WhenTheCountyIsOfAnotherCity()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.Client.GetAsync($"/Inspections?city={Uri.EscapeDataString("南昌市")}&county={Uri.EscapeDataString("大余县")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("大余县不属于南昌市，已显示全市。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("大余县", CountyOptions(html));
        Assert.Contains("东湖区", CountyOptions(html));
    }

    [Fact]
    public async Task OnGet_TakesTheCountysCity_WhenOnlyACountyIsGiven()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync("/Inspections?county=" + Uri.EscapeDataString("大余县"));

        Assert.Matches("<option value=\"赣州市\" selected=\"selected\">", html);
        Assert.Matches("<option value=\"大余县\" selected=\"selected\">", html);
    }

    private static List<string> CountyOptions(string html)
    {
        var select = CountySelect().Match(html);
        Assert.True(select.Success, "no county select in the page");
        return [.. Option().Matches(select.Value).Select(m => m.Groups["value"].Value).Where(v => v.Length > 0)];
    }

    [GeneratedRegex("<select name=\"county\"[^>]*>.*?</select>", RegexOptions.Singleline)]
    private static partial Regex CountySelect();

    [GeneratedRegex("<option value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Option();
}
