using System.Net;
using System.Text.Json.Nodes;
using ComplianceEngine.Data.Paging;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Enforcement;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Pages.Inspections;

/// <summary>
/// A coal boiler without its commissioning date, emitting three pollutants above GB 13271-2014 table 2 (new boilers)
/// and within table 1 (boilers in use): LIM-STD-01 cannot be decided for any of them without the date, and the list says so once, by the field's label, not once per pollutant with its JSON path.
/// </summary>
public sealed class MissingFactRowsTests(EnforcementHostFactory host) : IClassFixture<EnforcementHostFactory>, IAsyncLifetime
{
    private const string Id = "E-MISS-0001";

    public async Task InitializeAsync()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(HostFactory.RepositoryFile("data", "sample", "enterprises.json")))!.AsArray();
        var record = sample.Single(e => (string?)e!["id"] == EnforcementHostFactory.MonitoredId)!.DeepClone();
        record["id"] = Id;
        record["emissions"] = JsonNode.Parse("""
            [{"facilityId":"GL-1","pollutant":"PM","concentrationMgM3":60,"period":"2026-10"},
             {"facilityId":"GL-1","pollutant":"SO2","concentrationMgM3":350,"period":"2026-10"},
             {"facilityId":"GL-1","pollutant":"NOx","concentrationMgM3":350,"period":"2026-10"}]
            """);
        var response = await officer.PostAsync("/api/v1/records", new StringContent($"[{record.ToJsonString()}]", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task BuildAsync_GivesOneGroundPerMissingFact_WhenTheCommissioningDateIsMissingForThreePollutants()
    {
        var list = host.Services.GetRequiredService<InspectionList>();

        var view = await list.BuildAsync(new InspectionListQuery("赣州市", "大余县", null, 1000, new PageRequest(1, 100)), new DateOnly(2026, 11, 30), CancellationToken.None);

        var item = Assert.Single(view!.Items, i => i.Entry.EnterpriseId == Id);
        var missing = Assert.Single(item.Grounds, g => g.MissingFields.Count > 0 && g.RuleId == "LIM-STD-01");
        Assert.Null(missing.Evidence.Pollutant);
        Assert.Contains(missing.MissingFields, p => p.EndsWith("commissionedOn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnGet_NamesTheMissingFieldByItsLabelOnce_WhenTheCommissioningDateIsMissing()
    {
        using var session = await host.SignInAsync(Roles.Enforcement);

        var html = await session.GetPageAsync($"/Inspections?city={Uri.EscapeDataString("赣州市")}&county={Uri.EscapeDataString("大余县")}&top=1000");

        Assert.Contains("缺少决定性数据：投入运行日期", html, StringComparison.Ordinal);
        Assert.DoesNotContain("commissionedOn", html, StringComparison.Ordinal);
    }
}
