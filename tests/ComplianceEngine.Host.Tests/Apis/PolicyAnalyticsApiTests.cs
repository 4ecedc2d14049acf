using System.Net;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Analytics.Impact;
using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Host.Tests.Apis;

/// <summary>
/// Rule-set versions, impact and indicators over HTTP on the bundled sample imported as the register; expected
/// figures come from the same analytics run over the sample file, so the register path is held to the file path.
/// </summary>
public sealed class PolicyAnalyticsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static ParsedRecord[] SampleEnterprises() =>
        [.. RecordReader.Read(File.ReadAllText(HostFactory.RepositoryFile("data", "sample", "enterprises.json")), "enterprises.json").Records];

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Versions_ListTheServedVersionWithItsChangelogEntry_OnceItDecidedSomething()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var project = await File.ReadAllTextAsync(HostFactory.RepositoryFile("data", "sample", "projects.json"));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("/api/v1/screenings?asOf=2026-11-23", Json(project))).StatusCode);

        using var page = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/rules/versions"));

        var served = page.RootElement.GetProperty("served").GetString();
        var item = page.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("version").GetString() == served);
        Assert.True(item.GetProperty("served").GetBoolean());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("changelog").GetProperty("approved").GetString()));
    }

    [Fact]
    public async Task Diff_ShowsNothing_BetweenTheServedVersionAndItself()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        using var rules = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/rules"));
        var version = rules.RootElement.GetProperty("ruleSetVersion").GetString();

        using var diff = JsonDocument.Parse(await officer.GetStringAsync($"/api/v1/rules/diff?from={Uri.EscapeDataString(version!)}"));
        var unknown = await officer.GetAsync("/api/v1/rules/diff?from=sha256:" + new string('0', 64));

        Assert.Equal(0, diff.RootElement.GetProperty("parameters").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Impact_StreamsTheRegistersFlips_AsTheSampleFileGivesThem()
    {
        await host.ImportSampleAsync();
        using var admin = host.ClientWithKey(HostFactory.AdminKey);
        var baseline = RuleSetLoader.Load(host.RulesDirectory);
        var catalogs = ImpactCatalogs.Load(baseline, null, [ParameterOverride.Parse("permit.renewal.leadDays=90")], AsOf);
        var expected = new List<RecordFlip>();
        var summary = new ImpactRun(catalogs.Baseline, catalogs.Candidate, AsOf).Compare(SampleEnterprises(), expected.Add);

        var response = await admin.PostAsync("/api/v1/rules/impact", Json("""{"asOf": "2026-11-23", "overrides": ["permit.renewal.leadDays=90"]}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var flips = body.RootElement.GetProperty("flips").EnumerateArray()
            .Select(f => (f.GetProperty("recordId").GetString()!, f.GetProperty("before").GetString()!, f.GetProperty("after").GetString()!)).ToArray();
        Assert.NotEmpty(flips);
        Assert.Equal(expected.Select(f => (f.RecordId, Word(f.Before), Word(f.After))), flips);
        Assert.Equal(summary.Flips, body.RootElement.GetProperty("summary").GetProperty("flips").GetInt64());
        Assert.Equal(catalogs.Candidate.Version, body.RootElement.GetProperty("candidate").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Impact_IsRefused_ForAnOfficer_AndForAnUnknownParameter()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        using var admin = host.ClientWithKey(HostFactory.AdminKey);
        const string body = """{"asOf": "2026-11-23", "overrides": ["permit.renewal.leadDayz=90"], "records": []}""";

        var forbidden = await officer.PostAsync("/api/v1/rules/impact", Json(body));
        var invalid = await admin.PostAsync("/api/v1/rules/impact", Json(body));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("permit.renewal.leadDayz", problem.RootElement.GetProperty("errors").GetProperty("overrides")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_CountTheRegister_AsTheSampleFileGivesThem()
    {
        await host.ImportSampleAsync();
        using var enforcement = host.ClientWithKey(HostFactory.EnforcementKey);
        var ruleSet = RuleSetLoader.Load(host.RulesDirectory);
        var indicator = IndicatorCatalog.Read(host.RulesDirectory, ruleSet).Indicators.Single(i => i.Id == "IND-PERMIT-COVERAGE");
        var expected = new IndicatorRun(ruleSet, [indicator], [AsOf]).Compute(SampleEnterprises())
            .Where(v => v.Sector == IndicatorTally.AllSectors).ToArray();

        using var report = JsonDocument.Parse(await enforcement.GetStringAsync("/api/v1/indicators?asOf=2026-11-23&indicator=IND-PERMIT-COVERAGE"));

        var values = report.RootElement.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("sector").GetString() == "*")
            .Select(v => (v.GetProperty("city").GetString()!, v.GetProperty("counted").GetInt64(), v.GetProperty("members").GetInt64())).ToArray();
        Assert.Equal(12, values.Length);
        Assert.Equal(expected.Select(v => (v.City, v.Counted, v.Members)), values);
        Assert.Equal(ruleSet.Version, report.RootElement.GetProperty("ruleSetVersion").GetString());
    }

    [Fact]
    public async Task Chart_AnswersAnSvgTrendOfTheElevenCities_AndRefusesAnEnterprise()
    {
        await host.ImportSampleAsync();
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        using var enterprise = host.ClientWithKey(HostFactory.EnterpriseKey);
        const string url = "/api/v1/indicators/IND-PERMIT-COVERAGE/chart?from=2025-01-01&to=2026-11-23&every=year";

        var response = await officer.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.All(Core.Places.JiangxiDivisions.Cities, c => Assert.Contains(c.Name, svg, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync(url)).StatusCode);
    }

    private static string Word(Core.Evaluation.Outcome o) => JsonNamingPolicy.KebabCaseLower.ConvertName(o.ToString());
}
