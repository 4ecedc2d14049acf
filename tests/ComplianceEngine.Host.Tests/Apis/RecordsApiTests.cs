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

/// <summary>
/// Issue 11's enterprise inputs through the API: imported with <c>POST /api/v1/records</c>, evaluated from the register
/// as the nightly sweep does, and read back with <c>GET /api/v1/enterprises/{id}</c>.
/// </summary>
public sealed class RecordsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    /// <summary>The issue's ceramics enterprise in Ganzhou (ULE-CERAMIC-01 makes it due as of 2025-06-30), city as given.</summary>
    private static string Ceramics(string id, string city) => $$"""
        {"kind":"enterprise","id":"{{id}}","name":"赣州虚构陶瓷公司","industryCode":"3071","city":"{{city}}",
         "permit":{"number":"P-M-1","managementClass":"key","validFrom":"2023-01-01","validTo":"2027-12-31","lastAnnualReportYear":2024},
         "facilities":[{"id":"YL-1","type":"ceramic-kiln","fuel":"gas","ultraLowStatus":"not-started","onlineMonitoring":true}]}
        """;

    [Fact]
    public async Task Records_StoresCityVariantsAndCityRulesApply_WhenCityIsWrittenAnotherWay()
    {
        string[] cities = ["赣州市", "赣州", "赣州市\u3000", " 赣州市", "贛州市", "江西省赣州市"];
        var ids = cities.Select((_, i) => $"M-API-{i + 1}").ToArray();
        var body = $"[{string.Join(',', cities.Select((c, i) => Ceramics(ids[i], c)))},{Ceramics("M-API-MARS", "火星市")}]";
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.PostAsync("/api/v1/records", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, report.RootElement.GetProperty("invalid").GetInt64());
        var error = report.RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("M-API-MARS", "$.city"), (error.GetProperty("recordId").GetString(), error.GetProperty("path").GetString()));
        Assert.Contains("赣州市", error.GetProperty("reason").GetString(), StringComparison.Ordinal);

        await ScreenStoredAsync(ids);
        using var reader = host.ClientWithKey(HostFactory.AdminKey);
        for (var i = 0; i < ids.Length; i++)
        {
            using var view = JsonDocument.Parse(await reader.GetStringAsync($"/api/v1/enterprises/{ids[i]}"));
            Assert.Equal(cities[i], view.RootElement.GetProperty("record").GetProperty("city").GetString());
            var latest = view.RootElement.GetProperty("latestEvaluation");
            Assert.Equal("due", latest.GetProperty("outcome").GetString());
            Assert.Contains(latest.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "ULE-CERAMIC-01");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/api/v1/enterprises/M-API-MARS")).StatusCode);
    }

    [Fact]
    public async Task Records_StoredKeyCoalBoilerIsAskedForCapacity_WhenItsCapacityIsMissing()
    {
        const string boiler = """
            {"kind":"enterprise","id":"M-API-GL","name":"宜春虚构热电公司","industryCode":"2929","city":"宜春市",
             "permit":{"number":"P-M-10","managementClass":"key","validFrom":"2023-01-01","validTo":"2027-12-31","lastAnnualReportYear":2024},
             "facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","ultraLowStatus":"not-started","onlineMonitoring":true}]}
            """;
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.PostAsync("/api/v1/records", new StringContent(boiler, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await ScreenStoredAsync(["M-API-GL"]);
        using var reader = host.ClientWithKey(HostFactory.AdminKey);
        using var view = JsonDocument.Parse(await reader.GetStringAsync("/api/v1/enterprises/M-API-GL"));
        Assert.False(view.RootElement.GetProperty("record").GetProperty("facilities")[0].TryGetProperty("capacityTph", out _));
        var latest = view.RootElement.GetProperty("latestEvaluation");
        Assert.Equal("due", latest.GetProperty("outcome").GetString());
        var asked = latest.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "ULE-BOILER-01");
        Assert.Equal("missing", asked.GetProperty("severity").GetString());
        Assert.Equal("facilities[].capacityTph", asked.GetProperty("missingFields")[0].GetString());
    }

    /// <summary>What the nightly sweep does for each registered enterprise: evaluate the stored record into the audit trail.</summary>
    private async Task ScreenStoredAsync(IReadOnlyList<string> ids)
    {
        await using var dataSource = ComplianceDatabase.CreateDataSource(host.ConnectionString);
        var screening = new RecordScreening(new ExceedanceQuery(dataSource), new AuditTrail(dataSource));
        var ruleSet = RuleSetLoader.Load(host.RulesDirectory);
        await foreach (var parsed in new StoredRecords(dataSource).ReadAsync("enterprise", ids))
        {
            await screening.ScreenAsync(ruleSet, parsed.Record!, AsOf);
        }
    }
}
