using System.Net;
using System.Text;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class EvaluationsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Evaluation_ReturnsTheStoredScreening_WhenItsIdComesFromAScreening()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var evaluationId = await ScreenAsync(officer, "P-EV-1");

        var response = await officer.GetAsync($"/api/v1/evaluations/{evaluationId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(evaluationId, root.GetProperty("id").GetInt64());
        Assert.Equal("project", root.GetProperty("recordKind").GetString());
        Assert.Equal("P-EV-1", root.GetProperty("recordId").GetString());
        Assert.Equal("2026-11-23", root.GetProperty("asOf").GetString());
        Assert.Equal("reject", root.GetProperty("outcome").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("ruleSetVersion").GetString()));
        var finding = root.GetProperty("findings").EnumerateArray().First();
        Assert.Equal("prohibition", finding.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("citation").GetProperty("quote").GetString()));
    }

    [Fact]
    public async Task Evaluation_Answers404_WhenAnEnterpriseKeyAsksForAProjectsEvaluation()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var evaluationId = await ScreenAsync(officer, "P-EV-2");
        using var enterprise = host.ClientWithKey(HostFactory.EnterpriseKey);

        var response = await enterprise.GetAsync($"/api/v1/evaluations/{evaluationId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Evaluation_Answers404Problem_WhenTheIdIsNotStored()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.GetAsync("/api/v1/evaluations/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProjectHistory_PagesTheStoredScreenings_WhenAProjectWasScreenedOnSeveralDates()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        var ids = new List<long>();
        foreach (var asOf in new[] { "2026-11-21", "2026-11-22", "2026-11-23" })
        {
            ids.Add(await ScreenAsync(officer, "P-EV-3", asOf));
        }

        using var first = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/projects/P-EV-3/history?page=1&pageSize=2"));
        using var second = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/projects/P-EV-3/history?page=2&pageSize=2"));

        Assert.Equal(3, first.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(2, first.RootElement.GetProperty("pageSize").GetInt32());
        var listed = first.RootElement.GetProperty("evaluations").EnumerateArray()
            .Concat(second.RootElement.GetProperty("evaluations").EnumerateArray())
            .Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids, listed);
        Assert.Equal(2, second.RootElement.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task ProjectHistory_Answers404Problem_WhenTheProjectHasNoEvaluationsAndIsNotRegistered()
    {
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await officer.GetAsync("/api/v1/projects/P-NOPE/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProjectHistory_Answers403_WhenAnEnterpriseKeyAsks()
    {
        using var enterprise = host.ClientWithKey(HostFactory.EnterpriseKey);

        var response = await enterprise.GetAsync("/api/v1/projects/P-EV-1/history");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<long> ScreenAsync(HttpClient officer, string projectId, string asOf = "2026-11-23")
    {
        var response = await officer.PostAsync($"/api/v1/screenings?asOf={asOf}",
            new StringContent(Projects.Json(projectId, inEcologicalRedLine: true), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("results")[0].GetProperty("evaluationId").GetInt64();
    }
}
