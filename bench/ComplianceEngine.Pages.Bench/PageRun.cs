using System.Diagnostics;
using System.Net;

namespace ComplianceEngine.Pages.Bench;

/// <summary>
/// Measures one page: <c>warmup</c> requests first (JIT, caches, connection pool), then <c>requests</c> more from
/// <c>concurrency</c> callers at once, each sending its next request when the previous answer has been read whole.
/// Latency is from sending to the last byte of the body. An answer other than 200 is a failure, not a figure.
/// </summary>
public sealed class PageRun(HttpClient client, int warmup, int requests, int concurrency)
{
    public async Task<PageFigures> MeasureAsync(PageEntry page, CancellationToken ct)
    {
        for (var i = 0; i < warmup; i++)
        {
            await SendAsync(page, ct);
        }

        var latencies = new List<double>(requests);
        var failures = 0;
        string? firstFailure = null;
        var remaining = requests;
        var callers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var (milliseconds, failure) = await SendAsync(page, ct);
                lock (latencies)
                {
                    if (failure is null)
                    {
                        latencies.Add(milliseconds);
                    }
                    else
                    {
                        failures++;
                        firstFailure ??= failure;
                    }
                }
            }
        });
        await Task.WhenAll(callers);
        return PageFigures.Of(page, latencies, failures, firstFailure);
    }

    private async Task<(double Milliseconds, string? Failure)> SendAsync(PageEntry page, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(page.Path, HttpCompletionOption.ResponseContentRead, ct);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.StatusCode == HttpStatusCode.OK
                ? (elapsed, null)
                : (elapsed, $"{(int)response.StatusCode} {response.Headers.Location?.ToString() ?? response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.Message);
        }
    }
}
