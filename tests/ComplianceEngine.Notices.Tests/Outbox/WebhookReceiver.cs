using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ComplianceEngine.Notices.Tests.Outbox;

/// <summary>
/// A real HTTP receiver on a loopback port (HttpListener): answers each POST with the next status of a script
/// (the last one repeats) and keeps what it received.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<HttpStatusCode> _script;
    private readonly Task _loop;

    public WebhookReceiver(params HttpStatusCode[] script)
    {
        _script = new Queue<HttpStatusCode>(script);
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/notices/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public List<(string IdempotencyKey, string Body, HttpStatusCode Answered)> Received { get; } = [];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var status = _script.Count > 1 ? _script.Dequeue() : _script.Peek();
            lock (Received)
            {
                Received.Add((context.Request.Headers["Idempotency-Key"] ?? "", body, status));
            }

            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
