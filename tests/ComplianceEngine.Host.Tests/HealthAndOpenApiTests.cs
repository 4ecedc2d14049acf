using System.Net;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests;

public sealed class HealthAndOpenApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersHealthyWithoutKey_WhenDatabaseAnswers(string path)
    {
        using var client = host.ClientWithKey(null);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_DescribesTheScreeningEndpoint_WhenRequested()
    {
        using var client = host.ClientWithKey(null);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.True(json.RootElement.GetProperty("paths").TryGetProperty("/api/v1/screenings", out _));
    }
}
