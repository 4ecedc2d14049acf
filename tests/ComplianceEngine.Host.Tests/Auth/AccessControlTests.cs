using System.Net;
using System.Text;

namespace ComplianceEngine.Host.Tests.Auth;

public sealed class AccessControlTests(HostFactory host) : IClassFixture<HostFactory>
{
    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Screen_Answers401_WhenNoKeyIsSent()
    {
        using var client = host.ClientWithKey(null);

        var response = await client.PostAsync("/api/v1/screenings", Body(Projects.Json("P-A-1")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Rules_Answers401_WhenKeyIsUnknown()
    {
        using var client = host.ClientWithKey("not-a-configured-key");

        var response = await client.GetAsync("/api/v1/rules");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(HostFactory.EnforcementKey)]
    [InlineData(HostFactory.EnterpriseKey)]
    public async Task Screen_Answers403_WhenRoleMayNotScreen(string key)
    {
        using var client = host.ClientWithKey(key);

        var response = await client.PostAsync("/api/v1/screenings", Body(Projects.Json("P-A-2")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Enterprise_Answers403_WhenEnterpriseCallerAsksForAnotherEnterprise()
    {
        using var client = host.ClientWithKey(HostFactory.EnterpriseKey);

        var other = await client.GetAsync("/api/v1/enterprises/E-0000002");
        var otherHistory = await client.GetAsync("/api/v1/enterprises/E-0000002/history");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherHistory.StatusCode);
    }

    [Fact]
    public async Task Enterprise_PassesAuthorization_WhenEnterpriseCallerAsksForItsOwn()
    {
        using var client = host.ClientWithKey(HostFactory.EnterpriseKey);

        // Nothing is imported in this class: getting past authorization shows as the register's 404.
        var own = await client.GetAsync($"/api/v1/enterprises/{HostFactory.OwnEnterpriseId}");

        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
    }

    [Theory]
    [InlineData(HostFactory.OfficerKey)]
    [InlineData(HostFactory.EnforcementKey)]
    [InlineData(HostFactory.EnterpriseKey)]
    public async Task Reload_Answers403_WhenCallerIsNotAdmin(string key)
    {
        using var client = host.ClientWithKey(key);

        var response = await client.PostAsync("/api/v1/rules/reload", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reload_Succeeds_WhenCallerIsAdmin()
    {
        using var client = host.ClientWithKey(HostFactory.AdminKey);

        var response = await client.PostAsync("/api/v1/rules/reload", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
