using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Host.Tests.Catalog;

public sealed class RequestEvaluationBudgetTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Screen_Answers504AndKeepsServing_WhenEvaluationOutlivesTheRequestTimeout()
    {
        var (host, running, _) = await StuckCatalog.StartAsync(timeoutSeconds: 1);
        try
        {
            using var officer = Client(running, HostFactory.OfficerKey);
            var clock = Stopwatch.StartNew();

            var response = await officer.PostAsync("/api/v1/screenings?asOf=2026-03-01", StuckCatalog.Project("P-STUCK-1"));

            Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
            Assert.True(clock.Elapsed < Within, $"answered after {clock.Elapsed}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("Evaluation timed out", problem.RootElement.GetProperty("title").GetString());
            Assert.Contains("ran longer than 1 s", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

            var normal = await officer.PostAsync("/api/v1/screenings?asOf=2026-03-01", new StringContent(Projects.Json("P-OK-1"), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        }
        finally
        {
            await running.DisposeAsync();
            await host.DisposeDatabaseAsync();
        }
    }

    [Fact]
    public async Task Screen_StopsEvaluating_WhenTheClientLeaves()
    {
        var (host, running, logs) = await StuckCatalog.StartAsync(timeoutSeconds: 3600);
        try
        {
            using var officer = Client(running, HostFactory.OfficerKey);
            using var leave = new CancellationTokenSource(TimeSpan.FromSeconds(2));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                officer.PostAsync("/api/v1/screenings?asOf=2026-03-01", StuckCatalog.Project("P-STUCK-2"), leave.Token));

            // The handler returns only when the evaluation stopped: it no longer spins for nobody.
            Assert.True(await logs.WaitForAsync(m => m.Contains("/api/v1/screenings ended early: the client left", StringComparison.Ordinal), Within));
        }
        finally
        {
            await running.DisposeAsync();
            await host.DisposeDatabaseAsync();
        }
    }

    [Fact]
    public async Task Stop_CancelsTheStuckEvaluationAndShutsDownCleanly_WhenAScreeningIsRunning()
    {
        var (host, running, logs) = await StuckCatalog.StartAsync(timeoutSeconds: 3600);
        try
        {
            using var officer = Client(running, HostFactory.OfficerKey);
            var screening = officer.PostAsync("/api/v1/screenings?asOf=2026-03-01", StuckCatalog.Project("P-STUCK-3"));
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.False(screening.IsCompleted);
            var clock = Stopwatch.StartNew();

            await running.DisposeAsync();

            Assert.True(clock.Elapsed < Within, $"stopping took {clock.Elapsed}");
            // Kestrel answers 503 (EvaluationProblems); the test server aborts the request itself. Either way the handler returned.
            Assert.True(await logs.WaitForAsync(m => m.Contains("/api/v1/screenings ended early: the service is stopping", StringComparison.Ordinal), Within));
            var finished = await Task.WhenAny(screening, Task.Delay(Within));
            Assert.Same(screening, finished);
            Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        }
        finally
        {
            await running.DisposeAsync();
            await host.DisposeDatabaseAsync();
        }
    }

    private static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> running, string key)
    {
        var client = running.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
