using System.Net;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

/// <summary>
/// Who may trigger a sweep, and what a node without jobs answers. The host here has jobs disabled (HostFactory's
/// default); an accepted trigger is shown by the host-process tests, whose sweeps it starts.
/// </summary>
public sealed class JobsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string SweepPath = "/api/v1/jobs/nightly-sweep?asOf=2026-11-23";

    [Fact]
    public async Task TriggerSweep_Answers401_WhenNoKeyIsSent()
    {
        using var client = host.ClientWithKey(null);

        var response = await client.PostAsync(SweepPath, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(HostFactory.OfficerKey)]
    [InlineData(HostFactory.EnforcementKey)]
    [InlineData(HostFactory.EnterpriseKey)]
    public async Task TriggerSweep_Answers403_WhenCallerIsNotAdmin(string key)
    {
        using var client = host.ClientWithKey(key);

        var response = await client.PostAsync(SweepPath, null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TriggerSweep_Answers409_WhenJobsAreDisabledOnThisInstance()
    {
        using var client = host.ClientWithKey(HostFactory.AdminKey);

        var response = await client.PostAsync(SweepPath, null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Jobs:Enabled=false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriggerSweep_Answers400NamingAsOf_WhenTheDateIsMalformed()
    {
        using var client = host.ClientWithKey(HostFactory.AdminKey);

        var response = await client.PostAsync("/api/v1/jobs/nightly-sweep?asOf=23.11.2026", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("asOf", out _));
    }
}
