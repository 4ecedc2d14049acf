using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class RulesApiCatalogTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Rules_ListsTheHourlyLimitRuleLikeAnyOther_WhenCatalogIsServed()
    {
        using var client = host.ClientWithKey(HostFactory.EnforcementKey);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rules"));

        var hourly = json.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "LIM-HOURLY-01");
        Assert.Equal("limits", hourly.GetProperty("family").GetString());
        Assert.Contains(hourly.GetProperty("citation").GetProperty("basis").EnumerateArray(),
            b => b.GetProperty("clause").GetString() == "第十八条");
    }
}
