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
        using var client = FuzzTally.Client(host, HostFactory.OfficerKey);
        var clock = Stopwatch.StartNew();
        var evaluations = new Dictionary<long, string>();

        for (var b = 0; b < Batches; b++)
        {
            var (body, valid) = Batch(mutator, tally, project, $"FZ-S{b}", _ => project);
            var answer = await tally.AnswerAsync($"screenings batch {b}", () => client.PostAsync("/api/v1/screenings?asOf=2025-06-30", FuzzTally.Json(body)));
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
        using var reader = FuzzTally.Client(host, HostFactory.AdminKey);
        foreach (var (evaluationId, recordId) in evaluations)
        {
            var stored = await tally.AnswerAsync($"evaluation {evaluationId}", () => reader.GetAsync($"/api/v1/evaluations/{evaluationId}"));
            if (stored is null || JsonDocument.Parse(stored).RootElement.GetProperty("recordId").GetString() != recordId)
            {
                tally.Fail($"evaluation {evaluationId} of {recordId} not stored");
            }
        }

        await tally.AssertCleanAsync(host, output, clock, $"seed {Seed}: {evaluations.Count} valid records evaluated and read back");
    }

    [Fact]
    public async Task Records_StoresEveryValidRecordAndAnswersNo500_WhenBatchesMixDamagedRecords()
    {
        var tally = new FuzzTally();
        var mutator = new RecordMutator(Seed + 1);
        var enterprise = RecordMutator.Parse(HostFactory.FirstSampleEnterprise());
        var project = RecordMutator.Parse(Projects.Json("FZ-BASE"));
        using var client = FuzzTally.Client(host, HostFactory.OfficerKey);
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
        using var reader = FuzzTally.Client(host, HostFactory.AdminKey);
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

        await tally.AssertCleanAsync(host, output, clock, $"seed {Seed}: {stored.Count} valid enterprises stored and read back");
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

    private static string Head(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
