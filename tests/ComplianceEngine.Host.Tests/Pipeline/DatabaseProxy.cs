using System.Net;
using System.Net.Sockets;

namespace ComplianceEngine.Host.Tests.Pipeline;

/// <summary>
/// A loopback TCP relay in front of the test PostgreSQL, so a test can take the database away from one host
/// (<see cref="Cut"/>: the port closes and every open connection is reset) without stopping the server other tests use.
/// </summary>
public sealed class DatabaseProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();

    public DatabaseProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>Closes the port and resets every relayed connection: from now on the database cannot be reached.</summary>
    public void Cut()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public void Dispose()
    {
        Cut();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(_targetHost, _targetPort);
            lock (_open)
            {
                _open.Add(client);
                _open.Add(upstream);
            }

            _ = RelayAsync(client.GetStream(), upstream.GetStream());
            _ = RelayAsync(upstream.GetStream(), client.GetStream());
        }
    }

    private static async Task RelayAsync(Stream from, Stream to)
    {
        try
        {
            await from.CopyToAsync(to);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
        {
            // The other side went away, or Cut reset both: the relay ends.
        }
    }
}
