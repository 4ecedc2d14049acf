using System.Net;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Data;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class EnterprisesApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Records_ImportsTheSampleAndReportsInvalidItems_WhenBodyMixesValidAndInvalid()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var body = $"[{Projects.Json("P-I-1")}, {{\"kind\": \"project\", \"id\": \"P-I-2\"}}]";

        var response = await officer.PostAsync("/api/v1/records", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, json.RootElement.GetProperty("inserted").GetInt64() + json.RootElement.GetProperty("unchanged").GetInt64() + json.RootElement.GetProperty("updated").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("invalid").GetInt64());
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("recordId").GetString() == "P-I-2");
    }

    [Fact]
    public async Task Enterprise_ReturnsOwnRecord_WhenEnterpriseCallerAsksForItsOwn()
    {
        await host.ImportSampleAsync();
        using var client = host.ClientWithKey(HostFactory.EnterpriseKey);

        var response = await client.GetAsync($"/api/v1/enterprises/{HostFactory.OwnEnterpriseId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HostFactory.OwnEnterpriseId, json.RootElement.GetProperty("record").GetProperty("id").GetString());
    }

    [Fact]
    public async Task History_ListsStoredEvaluationsAndGetShowsTheLatest_WhenEnterpriseWasEvaluated()
    {
        await host.ImportSampleAsync();
        // What the nightly sweep will do: evaluate the stored record through the audit trail.
        await using (var dataSource = ComplianceDatabase.CreateDataSource(host.ConnectionString))
        {
            var parsed = await new StoredRecords(dataSource).ReadAsync("enterprise", ["E-0000002"]).SingleAsync();
            await new RecordScreening(new ExceedanceQuery(dataSource), new AuditTrail(dataSource))
                .ScreenAsync(RuleSetLoader.Load(host.RulesDirectory), parsed.Record!, new DateOnly(2026, 11, 23));
        }

        using var client = host.ClientWithKey(HostFactory.EnforcementKey);

        using var history = JsonDocument.Parse(await client.GetStringAsync("/api/v1/enterprises/E-0000002/history"));
        using var enterprise = JsonDocument.Parse(await client.GetStringAsync("/api/v1/enterprises/E-0000002"));

        var entry = history.RootElement.GetProperty("evaluations").EnumerateArray().Single();
        Assert.Equal("2026-11-23", entry.GetProperty("asOf").GetString());
        var latest = enterprise.RootElement.GetProperty("latestEvaluation");
        Assert.Equal(entry.GetProperty("id").GetInt64(), latest.GetProperty("id").GetInt64());
        Assert.Equal(entry.GetProperty("outcome").GetString(), latest.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Enterprise_Answers404Problem_WhenIdIsNotInRegister()
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await client.GetAsync("/api/v1/enterprises/E-NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
