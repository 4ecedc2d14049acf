using System.Net;
using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

public sealed class IndexPageTests(EnforcementHostFactory host) : IClassFixture<EnforcementHostFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => host.ImportMonitoredAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly Dictionary<string, ComplianceRecord> Sample = RecordReader.Read(
        File.ReadAllText(HostFactory.RepositoryFile("data", "sample", "enterprises.json")), "sample").Records.ToDictionary(r => r.Id!, r => r.Record!);

    [Fact]
    public async Task OnGet_ListsTheRiskListInOrderWithProbabilityAndRandomShareExplained_WhenACityIsChosen()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);
        using var api = host.ClientWithKey(HostFactory.EnforcementKey);

        var html = await session.GetPageAsync("/Inspections?city=" + Uri.EscapeDataString("南昌市"));
        using var list = JsonDocument.Parse(await api.GetStringAsync("/api/v1/risk-list?city=" + Uri.EscapeDataString("南昌市")));

        var expected = list.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("enterpriseId").GetString()!).ToList();
        Assert.Equal(expected, EnforcementHostFactory.LinkedEnterprises(html));
        Assert.Contains("估计违法概率", html, StringComparison.Ordinal);
        Assert.Contains("以合成数据训练", html, StringComparison.Ordinal);
        Assert.Contains("双随机、一公开", html, StringComparison.Ordinal);
        Assert.Contains("随机抽取", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_ListsOnlyTheCountysEnterprisesWithPollutantFacilityAndMonth_WhenACountyIsChosen()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync($"/Inspections?city={Uri.EscapeDataString("赣州市")}&county={Uri.EscapeDataString("大余县")}");

        var listed = EnforcementHostFactory.LinkedEnterprises(html);
        Assert.Contains(EnforcementHostFactory.MonitoredId, listed);
        Assert.All(listed, id => Assert.Equal("大余县", Sample[id].County));
        Assert.Contains("<td>氮氧化物</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2026年10月</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>SJ-1</td>", html, StringComparison.Ordinal);
        // The limit says which kind it is in words, never a type's name.
        Assert.Matches("mg/m³ \\((排放限值|目标值)\\)", html);
        Assert.DoesNotContain("LocalizedHtmlString", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_ListsOnlyTheSectorsEnterprises_WhenASectorIsChosen()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync("/Inspections?sector=packaging-printing&top=1000");

        var listed = EnforcementHostFactory.LinkedEnterprises(html);
        Assert.NotEmpty(listed);
        Assert.All(listed, id => Assert.Contains("packaging-printing", Sample[id].Sectors));
    }

    [Fact]
    public async Task OnGet_ShowsTheListInEnglish_WhenEnglishIsChosen()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);
        await session.Client.GetAsync("/Culture?culture=en&returnUrl=%2F");

        var html = await session.GetPageAsync("/Inspections?city=" + Uri.EscapeDataString("南昌市"));

        Assert.Contains("Estimated probability of a violation", html, StringComparison.Ordinal);
        Assert.Contains("double random, one public", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnGet_Answers400NamingTheParameter_WhenCityAndTopAreWrong()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var response = await session.Client.GetAsync("/Inspections?city=" + Uri.EscapeDataString("东京市") + "&top=0");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'东京市' is not one of", html, StringComparison.Ordinal);
        Assert.Contains("expected a whole number from 1 to 1000, got '0'", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.Admin)]
    public async Task OnGet_RefusesTheList_WhenSignedInAsAnotherRole(string role)
    {
        using var session = await host.SignInAsync(role);

        var response = await session.Client.GetAsync("/Inspections");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", EnforcementHostFactory.PathOf(response), StringComparison.Ordinal);
    }
}
