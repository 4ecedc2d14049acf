using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Apis;

public sealed class ScreeningsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Screen_RejectsWithCitationAndStoresIt_WhenProjectIsInEcologicalRedLine()
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await client.PostAsync("/api/v1/screenings?asOf=2026-11-23", Body(Projects.Json("P-T-RED", inEcologicalRedLine: true)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2026-11-23", json.RootElement.GetProperty("asOf").GetString());
        var result = json.RootElement.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("reject", result.GetProperty("outcome").GetString());
        var finding = result.GetProperty("findings").EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("citation").GetProperty("quote").GetString()));
        var evaluationId = result.GetProperty("evaluationId").GetInt64();

        // The audit trail has it: screening the same project again on the same terms is the same stored evaluation.
        var again = await client.PostAsync("/api/v1/screenings?asOf=2026-11-23", Body(Projects.Json("P-T-RED", inEcologicalRedLine: true)));
        using var againJson = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(evaluationId, againJson.RootElement.GetProperty("results")[0].GetProperty("evaluationId").GetInt64());
        Assert.Equal(json.RootElement.GetProperty("ruleSetVersion").GetString(), againJson.RootElement.GetProperty("ruleSetVersion").GetString());
        await using var db = new NpgsqlConnection(host.ConnectionString);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM evaluations WHERE record_kind = 'project' AND record_id = 'P-T-RED' AND outcome = 'reject'", db);
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Screen_EvaluatesTheRestAndMarksOneInvalid_WhenBatchHasAnInvalidRecord()
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        var broken = Projects.Json("P-T-BROKEN").Replace("\"annualEnergyTce\": 1828", "\"annualEnergyTce\": \"a lot\"", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/v1/screenings?asOf=2026-11-23",
            Body($"[{Projects.Json("P-T-OK-1")}, {broken}, {Projects.Json("P-T-OK-2")}]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal("invalid", results[1].GetProperty("outcome").GetString());
        var error = results[1].GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("$.annualEnergyTce", error.GetProperty("path").GetString());
        Assert.False(results[1].TryGetProperty("evaluationId", out _));
        Assert.All([results[0], results[2]], r =>
        {
            Assert.NotEqual("invalid", r.GetProperty("outcome").GetString());
            Assert.True(r.GetProperty("evaluationId").GetInt64() > 0);
        });
    }

    [Fact]
    public async Task Screen_NotesTheOfficialCityAndRefusesAnInventedOne_WhenCityIsWrittenOtherwise()
    {
        // Issue 11 item 2 through the API: 景德鎮 (traditional, no 市) is 景德镇市; 火星市 is invalid with the valid names.
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        var traditional = Projects.Json("P-T-CITY-1").Replace("\"景德镇市\"", "\"景德鎮\"", StringComparison.Ordinal);
        var invented = Projects.Json("P-T-CITY-2").Replace("\"景德镇市\"", "\"火星市\"", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/v1/screenings?asOf=2026-11-23", Body($"[{traditional}, {invented}]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.GetProperty("results");
        Assert.NotEqual("invalid", results[0].GetProperty("outcome").GetString());
        var note = results[0].GetProperty("notes")[0];
        Assert.Equal("$.city", note.GetProperty("path").GetString());
        Assert.Contains("景德镇市", note.GetProperty("text").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid", results[1].GetProperty("outcome").GetString());
        Assert.Contains("景德镇市", results[1].GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("赣州")]
    [InlineData("赣州市\u3000")]
    [InlineData("贛州市")]
    [InlineData("江西省赣州市")]
    public async Task Screen_ScreensAsTheOfficialCityWithANote_WhenGanzhouIsWrittenAnotherWay(string city)
    {
        // The issue's place-name variants for a project in Nankang (赣州市): read as 赣州市, screened, with a note on $.city.
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        var project = Projects.Json("P-T-GZ").Replace("\"景德镇市\"", JsonSerializer.Serialize(city), StringComparison.Ordinal)
            .Replace("\"乐平市\"", "\"南康区\"", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/v1/screenings?asOf=2025-06-30", Body(project));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var result = json.RootElement.GetProperty("results")[0];
        Assert.NotEqual("invalid", result.GetProperty("outcome").GetString());
        Assert.True(result.GetProperty("evaluationId").GetInt64() > 0);
        var note = result.GetProperty("notes")[0];
        Assert.Equal("$.city", note.GetProperty("path").GetString());
        Assert.Contains("赣州市", note.GetProperty("text").GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_AsksForCapacityInsteadOfApproving_WhenANewCoalBoilerProjectInABuiltUpAreaHasNone()
    {
        // Issue 11 item 3 through the API: without capacityTph the project is conditional (补正) naming the field; with 10 t/h rejected.
        using var client = host.ClientWithKey(HostFactory.OfficerKey);
        var boiler = Projects.Json("P-T-GL-1").Replace("\"usesEliminatedProcess\": false", "\"usesEliminatedProcess\": false, \"facilities\": [{\"type\": \"boiler\", \"fuel\": \"coal\"}]", StringComparison.Ordinal);
        var sized = Projects.Json("P-T-GL-2").Replace("\"usesEliminatedProcess\": false", "\"usesEliminatedProcess\": false, \"facilities\": [{\"type\": \"boiler\", \"fuel\": \"coal\", \"capacityTph\": 10}]", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/v1/screenings?asOf=2025-06-30", Body($"[{boiler}, {sized}]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(("conditional", "reject"), (results[0].GetProperty("outcome").GetString(), results[1].GetProperty("outcome").GetString()));
        var asked = results[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "SIT-COALBOILER-01");
        Assert.Equal("missing", asked.GetProperty("severity").GetString());
        Assert.Equal("facilities[].capacityTph", asked.GetProperty("missingFields")[0].GetString());
        Assert.Contains("facilities[].capacityTph", asked.GetProperty("message").GetProperty("zh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_AnswersProblemDetailsWithReason_WhenJsonIsMalformed()
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await client.PostAsync("/api/v1/screenings", Body("{\"kind\": \"project\", \"id\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("not valid JSON", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.TryGetProperty("path", out _));
    }

    [Fact]
    public async Task Screen_AnswersValidationProblemNamingAsOf_WhenAsOfIsNotADate()
    {
        using var client = host.ClientWithKey(HostFactory.OfficerKey);

        var response = await client.PostAsync("/api/v1/screenings?asOf=23.11.2026", Body(Projects.Json("P-T-DATE")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("asOf", out _));
    }
}
