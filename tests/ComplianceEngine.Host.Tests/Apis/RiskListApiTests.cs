using System.Net;
using System.Text.Json;
using ComplianceEngine.Host.Tests.Risk;
using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class RiskListApiTests(RiskHostFactory host) : IClassFixture<RiskHostFactory>
{
    private const string Ganzhou = "赣州市";

    [Fact]
    public async Task Get_RanksTheCityByScoreWithReasonsAndModelVersion_WhenEnforcementAsks()
    {
        await host.ImportSampleAsync();
        using var enforcement = host.ClientWithKey(HostFactory.EnforcementKey);

        var response = await enforcement.GetAsync($"/api/v1/risk-list?city={Uri.EscapeDataString(Ganzhou)}&top=10&asOf=2026-11-23");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(RiskModel.Load(TrainedModel.Path).Version, root.GetProperty("modelVersion").GetString());
        Assert.StartsWith("sha256:", root.GetProperty("ruleSetVersion").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-11-23", root.GetProperty("asOf").GetString());
        var entries = root.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(10, entries.Length);
        Assert.All(entries, e => Assert.Equal(Ganzhou, e.GetProperty("city").GetString()));
        Assert.Equal(Enumerable.Range(1, 10), entries.Select(e => e.GetProperty("rank").GetInt32()));
        // The ranked part comes first, highest score first; exploration places follow it.
        var ranked = entries.TakeWhile(e => !e.GetProperty("exploration").GetBoolean()).Select(e => e.GetProperty("score").GetDouble()).ToArray();
        Assert.NotEmpty(ranked);
        Assert.Equal(ranked.OrderDescending(), ranked);
        Assert.Contains(entries, e => e.GetProperty("reasons").GetArrayLength() > 0);
        Assert.All(entries.SelectMany(e => e.GetProperty("reasons").EnumerateArray()),
            r => Assert.False(string.IsNullOrEmpty(r.GetProperty("zh").GetString()) || string.IsNullOrEmpty(r.GetProperty("en").GetString())));
    }

    [Fact]
    public async Task Get_GivesTheSameListTwice_WhenNothingChanged()
    {
        await host.ImportSampleAsync();
        using var enforcement = host.ClientWithKey(HostFactory.EnforcementKey);

        var first = await enforcement.GetStringAsync("/api/v1/risk-list?top=15&asOf=2026-11-23");
        var second = await enforcement.GetStringAsync("/api/v1/risk-list?top=15&asOf=2026-11-23");

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Get_ScoresTheRegisterAgain_WhenAnEnterpriseWasAddedSinceTheLastList()
    {
        await host.ImportSampleAsync();
        using var enforcement = host.ClientWithKey(HostFactory.EnforcementKey);
        using var before = JsonDocument.Parse(await enforcement.GetStringAsync("/api/v1/risk-list?top=5&asOf=2026-11-23"));
        var first = HostFactory.FirstSampleEnterprise();
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var added = await officer.PostAsync("/api/v1/records", new StringContent(
            "[" + first.Replace("\"E-0000001\"", "\"E-RISK-NEW\"", StringComparison.Ordinal) + "]", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        using var after = JsonDocument.Parse(await enforcement.GetStringAsync("/api/v1/risk-list?top=5&asOf=2026-11-23"));

        Assert.Equal(before.RootElement.GetProperty("scored").GetInt32() + 1, after.RootElement.GetProperty("scored").GetInt32());
    }

    [Theory]
    [InlineData(HostFactory.OfficerKey)]
    [InlineData(HostFactory.EnterpriseKey)]
    public async Task Get_Answers403_WhenRoleIsNotEnforcement(string key)
    {
        using var client = host.ClientWithKey(key);

        var response = await client.GetAsync("/api/v1/risk-list");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Answers401_WhenNoKeyIsSent()
    {
        using var client = host.ClientWithKey(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/risk-list")).StatusCode);
    }

    [Fact]
    public async Task Get_NamesEachBadParameter_WhenCityTopAndDateAreInvalid()
    {
        using var enforcement = host.ClientWithKey(HostFactory.AdminKey);

        var response = await enforcement.GetAsync("/api/v1/risk-list?city=Atlantis&top=0&asOf=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors");
        Assert.Contains("Atlantis", errors.GetProperty("city")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("1 to 1000", errors.GetProperty("top")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("yesterday", errors.GetProperty("asOf")[0].GetString(), StringComparison.Ordinal);
    }
}
