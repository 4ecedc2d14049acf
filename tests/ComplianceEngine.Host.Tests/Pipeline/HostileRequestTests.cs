using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ComplianceEngine.Host.Tests.Pipeline;

/// <summary>
/// Issue 11's fuzz run, the requests' side: hostile query strings and path ids for every endpoint in
/// docs/openapi.v1.json, wrong content types and charsets, hostile API keys, the same records posted concurrently.
/// Every answer is a 2xx or a named 4xx/503 problem, never a 500; the host answers afterwards.
/// </summary>
public sealed class HostileRequestTests(HostFactory host, ITestOutputHelper output) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Endpoints_AnswerNo500_WhenQueryStringsAndPathsAreHostile()
    {
        var tally = new FuzzTally();
        using var client = FuzzTally.Client(host, HostFactory.AdminKey);
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
                await tally.AnswerAsync($"POST {url}", () => client.PostAsync(url, FuzzTally.Json(Projects.Json("FZ-Q"))));
            }
        }

        Assert.True(endpoints >= 8 && posts.Count >= 2, $"only {endpoints} GET and {posts.Count} POST endpoints with parameters in docs/openapi.v1.json");
        await tally.AssertCleanAsync(host, output, clock, $"{endpoints} GET endpoints, {posts.Count} POST endpoints' query parameters");
    }

    [Fact]
    public async Task Post_AnswersNo500_WhenContentTypeOrCharsetIsWrong()
    {
        var tally = new FuzzTally();
        using var client = FuzzTally.Client(host, HostFactory.OfficerKey);
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

        await tally.AssertCleanAsync(host, output, clock, "content types and charsets");
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
            using var client = FuzzTally.Client(host, HostFactory.OfficerKey);
            tally.Tried("concurrent");
            await (i % 2 == 0
                ? tally.AnswerAsync($"records concurrently #{i}", () => client.PostAsync("/api/v1/records", FuzzTally.Json(enterprises)))
                : tally.AnswerAsync($"screenings concurrently #{i}", () => client.PostAsync("/api/v1/screenings?asOf=2025-06-30", FuzzTally.Json(projects))));
        });

        await Task.WhenAll(sends);

        await tally.AssertCleanAsync(host, output, clock, "16 concurrent posts of the same 20 records");
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
            await tally.AnswerAsync($"POST screenings with Authorization '{header[..Math.Min(header.Length, 20)]}'", () => client.PostAsync("/api/v1/screenings", FuzzTally.Json(Projects.Json("FZ-KEY"))));
        }

        await tally.AssertCleanAsync(host, output, clock, "API keys");
    }
}
