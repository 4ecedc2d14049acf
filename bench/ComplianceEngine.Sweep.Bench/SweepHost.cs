using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ComplianceEngine.Sweep.Bench;

/// <summary>The built host run as its own process, jobs on, no schedule of its own: the bench triggers the sweep.</summary>
internal sealed class SweepHost : IDisposable
{
    public const string AdminKey = "sweep-bench-admin";

    private readonly Process _process;

    private SweepHost(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int Pid => _process.Id;

    /// <param name="overrides">Settings beside the bench's own (e.g. a notice run's schedule), winning over them.</param>
    public static SweepHost Start(string dll, string connectionString, string rules, int batchSize, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Compliance"] = connectionString,
            ["Rules:Directory"] = rules,
            ["Auth:ApiKeys:0:Key"] = AdminKey,
            ["Auth:ApiKeys:0:Role"] = "admin",
            ["Jobs:Enabled"] = "true",
            ["Jobs:SweepBatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:QueuePollInterval"] = "00:00:01",
            ["Jobs:NightlySweepCron"] = "0 0 31 2 *",
            ["Jobs:RectificationCron"] = "",
            ["Jobs:DeadlineRemindersCron"] = "",
            ["Jobs:PermitRemindersCron"] = "",
            ["Jobs:ScreeningOpinionsCron"] = "",
            ["Jobs:NoticeDeliveryCron"] = "",
            ["Jobs:WeeklyRiskListCron"] = "",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
        // Drained so a full pipe never blocks the host; warnings are few at this log level.
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine($"[host {process.Id}] {line}"); } };
        process.BeginOutputReadLine();
        return new SweepHost(process, address);
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = Client();
        // Generous: on a shared machine (load average 80 seen) a host took over 3 minutes to start.
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"host exited with code {_process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("host not ready within 10 minutes");
    }

    public double CpuSeconds() => CpuClock.Seconds(_process.Id);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
