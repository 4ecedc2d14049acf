using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Pipeline;

public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task Requests_Answer503WithRetryAfter_WhenTheDatabaseCannotBeReached()
    {
        var host = new HostFactory();
        await host.InitializeAsync();
        try
        {
            var direct = new NpgsqlConnectionStringBuilder(host.ConnectionString);
            using var proxy = new DatabaseProxy(direct.Host!, direct.Port);
            host.ExtraSettings["ConnectionStrings:Compliance"] = new NpgsqlConnectionStringBuilder(host.ConnectionString)
            {
                Host = "127.0.0.1",
                Port = proxy.Port,
            }.ConnectionString;
            using var officer = host.ClientWithKey(HostFactory.OfficerKey);
            await host.ImportSampleAsync();

            proxy.Cut();
            var responses = new[]
            {
                await officer.GetAsync($"/api/v1/enterprises/{HostFactory.OwnEnterpriseId}"),
                await officer.GetAsync($"/api/v1/enterprises/{HostFactory.OwnEnterpriseId}/history"),
                await officer.PostAsync("/api/v1/screenings?asOf=2026-11-23", new StringContent(Projects.Json("P-DOWN-1"), Encoding.UTF8, "application/json")),
                await officer.GetAsync("/api/v1/evaluations/1"),
            };

            foreach (var response in responses)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"no Retry-After on {response.RequestMessage?.RequestUri}");
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal("Database unavailable", json.RootElement.GetProperty("title").GetString());
            }
        }
        finally
        {
            await host.DisposeDatabaseAsync();
        }
    }
}
