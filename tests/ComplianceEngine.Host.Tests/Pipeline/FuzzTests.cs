using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Xunit.Abstractions;

namespace ComplianceEngine.Host.Tests.Pipeline;

/// <summary>
/// Issue 11's fuzz run: a few thousand seeded, damaged records and requests through the real host on loopback.
/// Every answer is a 2xx or a named 4xx/503 problem, never a 500; every valid record of a mixed batch is kept; the
/// host answers afterwards. Figures go to the test output.
/// </summary>
public sealed class FuzzTests(HostFactory host, ITestOutputHelper output) : IClassFixture<HostFactory>
{
    private const int Seed = 20261130;
    private const int Batches = 110;
    private const int BatchSize = 12;
    private const int BrokenBodies = 150;

    [Fact]
    public async Task Screenings_EvaluatesEveryValidRecordAndAnswersNo500_WhenBatchesMixDamagedRecords()
    {
        var tally = new FuzzTally();
        var mutator = new RecordMutator(Seed);
        var project = RecordMutator.Parse(Projects.Json("FZ-BASE"));
        using var client = Client(HostFactory.OfficerKey);
        var clock = Stopwatch.StartNew();
        var evaluations = new Dictionary<long, string>();

        for (var b = 0; b < Batches; b++)
        {
            var (body, valid) = Batch(mutator, tally, project, $"FZ-S{b}", _ => project);
            var answer = await tally.AnswerAsync($"screenings batch {b}", () => client.PostAsync("/api/v1/screenings?asOf=2025-06-30", Json(body)));
            if (answer is null)
            {
                // The batch is well-formed JSON: refusing it whole would lose its valid records.
                tally.Fail($"screenings batch {b} not answered 200: its valid records were not kept");
                continue;
            }

            foreach (var result in JsonDocument.Parse(answer).RootElement.GetProperty("results").EnumerateArray())
            {
                var id = result.GetProperty("recordId").GetString() ?? "";
                var invalid = result.GetProperty("outcome").GetString() == "invalid";
                if (valid.Remove(id))
                {
                    if (invalid || !result.TryGetProperty("evaluationId", out var evaluationId))
                    {
                        tally.Fail($"screenings batch {b}: valid record {id} not evaluated: {result}");
                        continue;
                    }

                    evaluations[evaluationId.GetInt64()] = id;
                }
                else if (invalid)
                {
                    CountRefusal(tally, $"screenings batch {b}", result);
                }
            }

            valid.ForEach(id => tally.Fail($"screenings batch {b}: valid record {id} has no result"));
        }

        await BrokenBodiesAsync(client, "/api/v1/screenings", mutator, tally, Projects.Json("FZ-BROKEN"));
        using var reader = Client(HostFactory.AdminKey);
        foreach (var (evaluationId, recordId) in evaluations)
        {
            var stored = await tally.AnswerAsync($"evaluation {evaluationId}", () => reader.GetAsync($"/api/v1/evaluations/{evaluationId}"));
            if (stored is null || JsonDocument.Parse(stored).RootElement.GetProperty("recordId").GetString() != recordId)
            {
                tally.Fail($"evaluation {evaluationId} of {recordId} not stored");
            }
        }

        await Finish(tally, clock, $"{evaluations.Count} valid records evaluated and read back");
    }

    [Fact]
    public async Task Records_StoresEveryValidRecordAndAnswersNo500_WhenBatchesMixDamagedRecords()
    {
        var tally = new FuzzTally();
        var mutator = new RecordMutator(Seed + 1);
        var enterprise = RecordMutator.Parse(HostFactory.FirstSampleEnterprise());
        var project = RecordMutator.Parse(Projects.Json("FZ-BASE"));
        using var client = Client(HostFactory.OfficerKey);
        var clock = Stopwatch.StartNew();
        var stored = new Dictionary<string, string>();

        for (var b = 0; b < Batches; b++)
        {
            var lines = b % 4 == 3;
            var (body, valid) = Batch(mutator, tally, enterprise, $"FZ-R{b}", m => m.Next(3) == 0 ? project : enterprise, lines);
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.ContentType = new MediaTypeHeaderValue(lines ? "application/x-ndjson" : "application/json");
            var answer = await tally.AnswerAsync($"records batch {b}", () => client.PostAsync("/api/v1/records", content));
            if (answer is null)
            {
                // The batch is well-formed JSON: refusing it whole would lose its valid records.
                tally.Fail($"records batch {b} not answered 200: its valid records were not kept");
                continue;
            }

            var report = JsonDocument.Parse(answer).RootElement;
            foreach (var error in report.GetProperty("errors").EnumerateArray())
            {
                if (error.TryGetProperty("recordId", out var recordId) && recordId.GetString() is { } id && valid.Contains(id)
                    && error.GetProperty("path").GetString() != "$.id")
                {
                    tally.Fail($"records batch {b}: valid record {id} refused: {error}");
                }
                else if (error.GetProperty("path").GetString() is not { Length: > 0 } || error.GetProperty("reason").GetString() is not { Length: > 0 })
                {
                    tally.Fail($"records batch {b}: an error without path or reason: {error}");
                }
            }

            for (var i = 0; i < report.GetProperty("invalid").GetInt64(); i++)
            {
                tally.RefusedRecord();
            }

            valid.ForEach(id => stored[id] = $"batch {b}: {Head(report.GetProperty("errors").ToString())}");
        }

        await BrokenBodiesAsync(client, "/api/v1/records", mutator, tally, HostFactory.FirstSampleEnterprise());
        using var reader = Client(HostFactory.AdminKey);
        foreach (var (id, batch) in stored)
        {
            var view = await tally.AnswerAsync($"enterprise {id}", () => reader.GetAsync($"/api/v1/enterprises/{id}"));
            if (view is null || JsonDocument.Parse(view).RootElement.GetProperty("record").GetProperty("name").GetString() != enterprise["name"]!.GetValue<string>())
            {
                tally.Fail($"valid enterprise {id} not stored as sent; {batch}");
            }
        }

        // Nothing damaged reached the register: no replacement character in any stored record.
        await using (var db = new NpgsqlConnection(host.ConnectionString))
        {
            await db.OpenAsync();
            await using var damaged = new NpgsqlCommand("SELECT (SELECT count(*) FROM enterprises WHERE record::text LIKE '%\uFFFD%') + (SELECT count(*) FROM projects WHERE record::text LIKE '%\uFFFD%')", db);
            Assert.Equal(0L, (long)(await damaged.ExecuteScalarAsync())!);
        }

        await Finish(tally, clock, $"{stored.Count} valid enterprises stored and read back");
    }

    [Fact]
    public async Task Endpoints_AnswerNo500_WhenQueryStringsAndPathsAreHostile()
    {
        var tally = new FuzzTally();
        using var client = Client(HostFactory.AdminKey);
        var clock = Stopwatch.StartNew();
        using var openApi = JsonDocument.Parse(await File.ReadAllTextAsync(HostFactory.RepositoryFile("docs", "openapi.v1.json")));
        var endpoints = 0;

        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            endpoints++;
            var parameters = get.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(p => (Name: p.GetProperty("name").GetString()!, In: p.GetProperty("in").GetString()!)).ToList()
                : [];
            var plain = path.Name.Replace("{id}", "E-0000001", StringComparison.Ordinal);
            foreach (var value in HostileValues.Query)
            {
                foreach (var (name, place) in parameters)
                {
                    // A NUL in the path is refused by the server before the host sees it (Kestrel answers 400; the
                    // in-memory test server throws instead), so only query strings carry it to the host here.
                    if (place == "path" && value.Contains("%00", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var url = place == "path" ? path.Name.Replace($"{{{name}}}", value, StringComparison.Ordinal) : $"{plain}?{name}={value}";
                    tally.Tried("get-" + place);
                    await tally.AnswerAsync($"GET {url}", () => client.GetAsync(url));
                }
            }

            foreach (var (name, _) in parameters.Where(p => p.In == "query"))
            {
                tally.Tried("get-repeated");
                await tally.AnswerAsync($"GET {plain}?{name}=1&{name}=2", () => client.GetAsync($"{plain}?{name}=1&{name}=2"));
            }

            tally.Tried("get-unknown-parameter");
            await tally.AnswerAsync($"GET {plain}?%00=%00&x=%FF", () => client.GetAsync($"{plain}?%00=%00&x=%FF"));
        }

        // The query parameters of POST endpoints (asOf), each with a valid project as the body.
        var posts = openApi.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("post", out var post) && post.TryGetProperty("parameters", out _))
            .Select(p => (Path: p.Name, Names: p.Value.GetProperty("post").GetProperty("parameters").EnumerateArray().Select(q => q.GetProperty("name").GetString()!).ToList()))
            .ToList();
        foreach (var (path, names) in posts)
        {
            foreach (var url in names.SelectMany(name => HostileValues.Query.Select(value => $"{path}?{name}={value}")))
            {
                tally.Tried("post-query");
                await tally.AnswerAsync($"POST {url}", () => client.PostAsync(url, Json(Projects.Json("FZ-Q"))));
            }
        }

        Assert.True(endpoints >= 8 && posts.Count >= 2, $"only {endpoints} GET and {posts.Count} POST endpoints with parameters in docs/openapi.v1.json");
        await Finish(tally, clock, $"{endpoints} GET endpoints, {posts.Count} POST endpoints' query parameters");
    }

    [Fact]
    public async Task Post_AnswersNo500_WhenContentTypeOrCharsetIsWrong()
    {
        var tally = new FuzzTally();
        using var client = Client(HostFactory.OfficerKey);
        var clock = Stopwatch.StartNew();
        var body = Encoding.UTF8.GetBytes(Projects.Json("FZ-CT"));
        foreach (var path in new[] { "/api/v1/screenings", "/api/v1/records" })
        {
            foreach (var contentType in HostileValues.ContentTypes)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                tally.Tried("content-type");
                await tally.AnswerAsync($"POST {path} as '{contentType}'", () => client.PostAsync(path, content));
            }
        }

        await Finish(tally, clock, "content types and charsets");
    }

    [Fact]
    public async Task Post_AnswersNo500_WhenTheSameRecordsArriveConcurrently()
    {
        // Two officers sending the same file at once race for the same ids in the register and the audit trail.
        var tally = new FuzzTally();
        var clock = Stopwatch.StartNew();
        var enterprises = $"[{string.Join(',', Enumerable.Range(0, 20).Select(i => HostFactory.FirstSampleEnterprise().Replace("E-0000001", $"FZ-C-{i}", StringComparison.Ordinal)))}]";
        var projects = $"[{string.Join(',', Enumerable.Range(0, 20).Select(i => Projects.Json($"FZ-CP-{i}")))}]";
        var sends = Enumerable.Range(0, 16).Select(async i =>
        {
            using var client = Client(HostFactory.OfficerKey);
            tally.Tried("concurrent");
            await (i % 2 == 0
                ? tally.AnswerAsync($"records concurrently #{i}", () => client.PostAsync("/api/v1/records", Json(enterprises)))
                : tally.AnswerAsync($"screenings concurrently #{i}", () => client.PostAsync("/api/v1/screenings?asOf=2025-06-30", Json(projects))));
        });

        await Task.WhenAll(sends);

        await Finish(tally, clock, "16 concurrent posts of the same 20 records");
    }

    [Fact]
    public async Task Any_AnswersNo500_WhenTheApiKeyIsHostile()
    {
        var tally = new FuzzTally();
        var clock = Stopwatch.StartNew();
        foreach (var header in new[] { "", "Bearer", "Bearer ", "Bearer nope", "Basic b2ZmaWNlcg==", "Bearer " + new string('k', 10_000), "Bearer officer-key-1\u0001", HostFactory.OfficerKey })
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
            tally.Tried("api-key");
            await tally.AnswerAsync($"GET rules with Authorization '{header[..Math.Min(header.Length, 20)]}'", () => client.GetAsync("/api/v1/rules"));
            tally.Tried("api-key");
            await tally.AnswerAsync($"POST screenings with Authorization '{header[..Math.Min(header.Length, 20)]}'", () => client.PostAsync("/api/v1/screenings", Json(Projects.Json("FZ-KEY"))));
        }

        await Finish(tally, clock, "API keys");
    }

    /// <summary>A batch of records, about half valid (their ids returned) and half damaged, as a JSON array or JSON lines.</summary>
    private static (string Body, List<string> Valid) Batch(RecordMutator mutator, FuzzTally tally, JsonObject validBase, string prefix,
        Func<RecordMutator, JsonObject> damagedBase, bool lines = false)
    {
        var records = new List<string>();
        var valid = new List<string>();
        for (var i = 0; i < BatchSize; i++)
        {
            var id = $"{prefix}-{i}";
            if (mutator.Next(2) == 0)
            {
                var record = validBase.DeepClone().AsObject();
                record["id"] = id;
                records.Add(RecordMutator.Write(record));
                valid.Add(id);
                tally.Tried("valid");
            }
            else
            {
                var record = damagedBase(mutator).DeepClone().AsObject();
                record["id"] = id;
                var (kind, json) = mutator.Mutate(record, valid);
                records.Add(json);
                tally.Tried(kind);
            }
        }

        return (lines ? string.Join('\n', records) : $"[{string.Join(',', records)}]", valid);
    }

    private static async Task BrokenBodiesAsync(HttpClient client, string path, RecordMutator mutator, FuzzTally tally, string json)
    {
        for (var i = 0; i < BrokenBodies; i++)
        {
            var (kind, bytes) = mutator.Break(json);
            tally.Tried(kind);
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            await tally.AnswerAsync($"POST {path} {kind} #{i}", () => client.PostAsync(path, content));
        }
    }

    private static void CountRefusal(FuzzTally tally, string label, JsonElement result)
    {
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        if (errors.Count == 0 || errors.Any(e => e.GetProperty("path").GetString() is not ['$', ..] || e.GetProperty("reason").GetString() is not { Length: > 0 }))
        {
            tally.Fail($"{label}: refused without a JSON path and reason: {result}");
        }

        tally.RefusedRecord();
    }

    private async Task Finish(FuzzTally tally, Stopwatch clock, string checkedBack)
    {
        // The host still answers: a valid project is screened after everything above.
        using var client = Client(HostFactory.OfficerKey);
        var after = await tally.AnswerAsync("valid project afterwards", () => client.PostAsync("/api/v1/screenings?asOf=2025-06-30", Json(Projects.Json("FZ-AFTER"))));
        Assert.NotNull(after);
        Assert.Equal("approve", JsonDocument.Parse(after).RootElement.GetProperty("results")[0].GetProperty("outcome").GetString());

        output.WriteLine($"seed {Seed}, {clock.Elapsed.TotalSeconds:F1} s; {checkedBack}");
        output.WriteLine(tally.Figures());
        foreach (var failure in tally.Failures.Take(30))
        {
            output.WriteLine("FAILED " + failure);
        }

        Assert.Equal(0, tally.ServerErrors);
        Assert.Empty(tally.Failures);
    }

    private HttpClient Client(string key)
    {
        var client = host.ClientWithKey(key);
        client.Timeout = TimeSpan.FromSeconds(60);
        return client;
    }

    private static string Head(string text) => text.Length > 600 ? text[..600] + "…" : text;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
