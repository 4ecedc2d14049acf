using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ComplianceEngine.Host.Tests.Pipeline;

/// <summary>
/// What a fuzz run sent and how the host answered: inputs per kind of damage, answers per status, records refused by
/// name (an <c>invalid</c> result whose every error has a JSON path and a reason), and every answer that breaks the
/// rule (a 5xx other than 503, a 4xx without problem details, no answer at all).
/// </summary>
internal sealed class FuzzTally
{
    private readonly ConcurrentDictionary<string, int> _inputs = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _refusedRecords;
    private int _refusedRequests;
    private int _serverErrors;

    public IReadOnlyCollection<string> Failures => _failures;

    public int ServerErrors => _serverErrors;

    public int Inputs => _inputs.Values.Sum();

    public void Tried(string kind, int count = 1) => _inputs.AddOrUpdate(kind, count, (_, n) => n + count);

    public void RefusedRecord() => Interlocked.Increment(ref _refusedRecords);

    public void Fail(string what) => _failures.Enqueue(what);

    /// <summary>Checks one answer: 2xx, or a 4xx/503 given as problem details. Returns the body for further checks.</summary>
    public async Task<string?> AnswerAsync(string label, Func<Task<HttpResponseMessage>> send)
    {
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Fail($"{label}: no answer ({e.GetType().Name}: {e.Message})");
            return null;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500 && response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                Interlocked.Increment(ref _serverErrors);
                Fail($"{label}: {status} {Head(body)}");
            }
            else if (status >= 400)
            {
                Interlocked.Increment(ref _refusedRequests);
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !NamesStatus(body, status))
                {
                    Fail($"{label}: {status} without problem details ({response.Content.Headers.ContentType}) {Head(body)}");
                }
            }

            return status < 300 ? body : null;
        }
    }

    /// <summary>
    /// Ends a run: the host still screens a valid project, the figures go to the test output, and the run fails on
    /// any 500 or other broken answer.
    /// </summary>
    public async Task AssertCleanAsync(HostFactory host, ITestOutputHelper output, Stopwatch clock, string checkedBack)
    {
        using var client = Client(host, HostFactory.OfficerKey);
        var after = await AnswerAsync("valid project afterwards", () => client.PostAsync("/api/v1/screenings?asOf=2025-06-30", Json(Projects.Json("FZ-AFTER"))));
        Assert.NotNull(after);
        Assert.Equal("approve", JsonDocument.Parse(after).RootElement.GetProperty("results")[0].GetProperty("outcome").GetString());

        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s; {checkedBack}");
        output.WriteLine(Figures());
        foreach (var failure in Failures.Take(30))
        {
            output.WriteLine("FAILED " + failure);
        }

        Assert.Equal(0, ServerErrors);
        Assert.Empty(Failures);
    }

    /// <summary>A client of the host with the given API key and a time limit, so a hang fails the run instead of stalling it.</summary>
    public static HttpClient Client(HostFactory host, string key)
    {
        var client = host.ClientWithKey(key);
        client.Timeout = TimeSpan.FromSeconds(60);
        return client;
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public string Figures() =>
        $"inputs tried: {Inputs} ({string.Join(", ", _inputs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))})\n" +
        $"answers by status: {string.Join(", ", _statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"))}\n" +
        $"requests refused with a named 4xx/503 problem: {_refusedRequests}; records refused by name inside 200 answers: {_refusedRecords}\n" +
        $"500s: {_serverErrors}; other failures: {_failures.Count - _serverErrors}";

    private static bool NamesStatus(string body, int status)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status
                && json.RootElement.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Head(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
