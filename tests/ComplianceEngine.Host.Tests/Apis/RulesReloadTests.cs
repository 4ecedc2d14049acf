using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ComplianceEngine.Host.Tests.Apis;

/// <summary><c>POST /api/v1/rules/reload</c> under hostile catalogs, concurrent reloads, a wedged validation and traffic.</summary>
public sealed class RulesReloadTests
{
    [Fact]
    public async Task Reload_RefusesNamingTheMember_WhenAFactReachesIntoTheHostsAssembly()
    {
        var host = await StartAsync();
        try
        {
            using var admin = host.ClientWithKey(HostFactory.AdminKey);
            var version = await VersionAsync(admin);
            var siting = Path.Combine(host.RulesDirectory, "catalog", "siting.json");
            var original = await File.ReadAllTextAsync(siting);
            await File.WriteAllTextAsync(siting, ReplaceFirst(original, "\"facts\": {", "\"facts\": { \"path\": \"r.GetType().Assembly.Location\","));
            var clock = Stopwatch.StartNew();

            var response = await admin.PostAsync("/api/v1/rules/reload", null);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"refused after {clock.Elapsed}");
            var problems = await ProblemsAsync(response);
            Assert.Contains(problems, p => p.StartsWith(Path.Combine("catalog", "siting.json") + ": ", StringComparison.Ordinal)
                && p.EndsWith("fact 'path': member System.Object.GetType is not allowed in rule expressions (allowed: see docs/rule-format.md)", StringComparison.Ordinal));
            Assert.Equal(version, await VersionAsync(admin));
        }
        finally
        {
            await host.DisposeDatabaseAsync();
        }
    }

    [Fact]
    public async Task Reload_RefusesWithinSeconds_WhenARuleIsQuadraticInTheEmissionsOfAWorstCaseRecord()
    {
        var host = await StartAsync();
        try
        {
            using var admin = host.ClientWithKey(HostFactory.AdminKey);
            var version = await VersionAsync(admin);
            var limits = Path.Combine(host.RulesDirectory, "catalog", "limits.json");
            await File.WriteAllTextAsync(limits, ReplaceFirst(await File.ReadAllTextAsync(limits), "\"Expression\": \"f.Fuel != \\\"biomass\\\"\"",
                "\"Expression\": \"r.Emissions.Any(a => r.Emissions.Any(b => a.Pollutant + b.Pollutant == \\\"none\\\")) || f.Fuel != \\\"biomass\\\"\""));
            var clock = Stopwatch.StartNew();

            var response = await admin.PostAsync("/api/v1/rules/reload", null);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"refused after {clock.Elapsed}");
            Assert.Contains(await ProblemsAsync(response), p => p.Contains(": LIM-STD-01: exceeds its evaluation budget on a worst-case record", StringComparison.Ordinal));
            Assert.Equal(version, await VersionAsync(admin));
        }
        finally
        {
            await host.DisposeDatabaseAsync();
        }
    }

    [Fact]
    public async Task Reload_KeepsEveryScreeningAnswered_WhenReloadsRunDuringTraffic()
    {
        var host = await StartAsync();
        try
        {
            using var admin = host.ClientWithKey(HostFactory.AdminKey);
            using var officer = host.ClientWithKey(HostFactory.OfficerKey);
            var version = await VersionAsync(admin);
            var siting = Path.Combine(host.RulesDirectory, "catalog", "siting.json");
            var original = await File.ReadAllTextAsync(siting);
            using var stop = new CancellationTokenSource();
            var traffic = Task.Run(async () =>
            {
                var answers = new List<(HttpStatusCode, string?)>();
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var response = await officer.PostAsync("/api/v1/screenings?asOf=2026-03-01", new StringContent(Projects.Json($"P-T-{i}"), Encoding.UTF8, "application/json"));
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    answers.Add((response.StatusCode, response.IsSuccessStatusCode ? body.RootElement.GetProperty("ruleSetVersion").GetString() : null));
                }

                return answers;
            });

            // A refused reload (a Type-valued fact), then a valid one, while screenings run.
            await File.WriteAllTextAsync(siting, ReplaceFirst(original, "\"facts\": {", "\"facts\": { \"type\": \"r.GetType()\","));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsync("/api/v1/rules/reload", null)).StatusCode);
            await File.WriteAllTextAsync(siting, original);
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/rules/reload", null)).StatusCode);
            await Task.Delay(500);
            await stop.CancelAsync();

            var answers = await traffic;
            Assert.NotEmpty(answers);
            Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, version), a));
        }
        finally
        {
            await host.DisposeDatabaseAsync();
        }
    }

    [Fact]
    public async Task Reload_Answers409ThenGivesUpAndRecovers_WhenValidationWedges()
    {
        var host = await StartAsync(("Evaluation:ReloadTimeoutSeconds", "2"));
        var fifo = Path.Combine(host.RulesDirectory, "catalog", "wedged.json");
        try
        {
            using var admin = host.ClientWithKey(HostFactory.AdminKey);
            using var officer = host.ClientWithKey(HostFactory.OfficerKey);
            var version = await VersionAsync(admin);
            // Screened once first: the audit trail stores the catalog's files with its first evaluation, and would read the FIFO.
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("/api/v1/screenings?asOf=2026-03-01", new StringContent(Projects.Json("P-W-1"), Encoding.UTF8, "application/json"))).StatusCode);
            // Reading a FIFO nobody writes blocks where no cancellation reaches: the validation is truly wedged.
            using (var mkfifo = Process.Start("mkfifo", fifo))
            {
                await mkfifo.WaitForExitAsync();
            }

            var clock = Stopwatch.StartNew();
            var wedged = admin.PostAsync("/api/v1/rules/reload", null);
            await Task.Delay(500);

            var second = await admin.PostAsync("/api/v1/rules/reload", null);
            Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("/api/v1/screenings?asOf=2026-03-01", new StringContent(Projects.Json("P-W-2"), Encoding.UTF8, "application/json"))).StatusCode);

            var first = await wedged;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"gave up after {clock.Elapsed}");
            Assert.Equal(["validation did not finish within 2 s"], await ProblemsAsync(first));
            Assert.Equal(version, await VersionAsync(admin));

            // Let the abandoned reader go, then reload again: nothing queued behind the wedged one.
            await File.WriteAllTextAsync(fifo, "");
            File.Delete(fifo);
            // The whole catalog is validated within the same 2 s: on a busy machine that alone may time out (503), so a few
            // tries are allowed; what must never come back is 409, a reload still held by the wedged one.
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 5 && statuses.LastOrDefault() != HttpStatusCode.OK; attempt++)
            {
                statuses.Add((await admin.PostAsync("/api/v1/rules/reload", null)).StatusCode);
            }

            Assert.DoesNotContain(HttpStatusCode.Conflict, statuses);
            Assert.Equal(HttpStatusCode.OK, statuses[^1]);
        }
        finally
        {
            await host.DisposeDatabaseAsync();
        }
    }

    private static async Task<HostFactory> StartAsync(params (string Key, string Value)[] settings)
    {
        var host = new HostFactory();
        foreach (var (key, value) in settings)
        {
            host.ExtraSettings[key] = value;
        }

        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private static async Task<string?> VersionAsync(HttpClient client)
    {
        using var rules = JsonDocument.Parse(await client.GetStringAsync("/api/v1/rules"));
        return rules.RootElement.GetProperty("ruleSetVersion").GetString();
    }

    private static async Task<List<string>> ProblemsAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)];
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found");
        return text[..at] + to + text[(at + from.Length)..];
    }
}
