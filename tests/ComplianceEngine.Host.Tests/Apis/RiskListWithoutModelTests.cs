using System.Net;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class RiskListWithoutModelTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Get_Answers503SayingHowToConfigureAModel_WhenNoModelIsConfigured()
    {
        using var enforcement = host.ClientWithKey(HostFactory.EnforcementKey);

        var response = await enforcement.GetAsync("/api/v1/risk-list");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Risk:ModelPath", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
