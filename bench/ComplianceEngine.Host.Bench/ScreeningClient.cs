using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ComplianceEngine.Host.Bench;

/// <summary>
/// Sends one screening and says how it went: <c>null</c> when the host answered 200 with a stored evaluation,
/// otherwise a short label for the error table ("HTTP 500", "timeout", …). Never throws for a failed request.
/// </summary>
internal sealed class ScreeningClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] EvaluationId = Encoding.UTF8.GetBytes("\"evaluationId\"");

    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public ScreeningClient(Uri baseUrl, string key, DateOnly asOf, int connections, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            // Beyond this many connections requests wait in the handler's queue; open-loop latency includes the wait.
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = timeout };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _endpoint = new Uri($"api/v1/screenings?asOf={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", UriKind.Relative);
    }

    public async Task<string?> SendAsync(byte[] body, CancellationToken ct)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await _http.PostAsync(_endpoint, content, ct);
            var answer = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"HTTP {(int)response.StatusCode}";
            }

            // A cheap check that the evaluation was stored, without parsing the answer on the cores the host needs.
            return answer.AsSpan().IndexOf(EvaluationId) >= 0 ? null : "200 without evaluationId";
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "timeout";
        }
        catch (HttpRequestException e)
        {
            return $"connection: {e.HttpRequestError}";
        }
    }

    public void Dispose() => _http.Dispose();
}
