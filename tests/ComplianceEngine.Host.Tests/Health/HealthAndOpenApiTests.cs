using System.Net;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Health;

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

    [Fact]
    public async Task Jobs_CreateNoHangfireSchema_WhenDisabled()
    {
        using var client = host.ClientWithKey(null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'hangfire'", connection);

        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
