using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>
/// The built host (<c>ComplianceEngine.Host.dll</c>) run as its own operating-system process, as a deployment runs it:
/// settings through the environment, its console output kept for failure messages. Disposing kills it (and anything
/// it started) if it still runs.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the host with <paramref name="settings"/> (configuration keys, <c>:</c>-separated) on a free loopback port.
    /// The environment is the test's own plus these, so nothing else on the machine configures it. By default the built
    /// host in its own folder; <paramref name="dll"/> and <paramref name="workingDirectory"/> run another copy (a publish
    /// folder) from elsewhere.
    /// </summary>
    public static HostProcess Start(string name, IReadOnlyDictionary<string, string> settings, string? dll = null, string? workingDirectory = null)
    {
        dll ??= HostDll();
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, process, address);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data is null ? null : "stderr: " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails with the process's output if it exits or the time runs out.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = Client();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"host {Name} exited with code {_process.ExitCode} before it was ready\n{Output()}");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"host {Name} was not ready within {timeout}\n{Output()}");
    }

    /// <summary>Kills the process and everything it started, as a crash or <c>kill -9</c> would: no shutdown, no cleanup.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>The last lines the process wrote (stdout and stderr), headed by its name and id, for failure messages.</summary>
    public string Output(int lines = 150)
    {
        lock (_output)
        {
            var tail = _output.Skip(Math.Max(0, _output.Count - lines));
            return $"--- host {Name} (pid {_process.Id}), last {Math.Min(lines, _output.Count)} of {_output.Count} line(s) ---\n{string.Join('\n', tail)}";
        }
    }

    /// <summary>Whether any line the process wrote contains <paramref name="text"/>.</summary>
    public bool Wrote(string text)
    {
        lock (_output)
        {
            return _output.Exists(l => l.Contains(text, StringComparison.Ordinal));
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Kill();
        }
        finally
        {
            _process.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    /// <summary>
    /// The host built next to this test assembly's configuration and framework: bin/&lt;Configuration&gt;/&lt;TFM&gt;/ of
    /// the host project, which building the solution or this test project produces.
    /// </summary>
    public static string HostDll()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = Path.GetFileName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var dll = HostFactory.RepositoryFile("src", "ComplianceEngine.Host", "bin", configuration, framework, "ComplianceEngine.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"the host is not built at {dll}: build the solution ({configuration}) first", dll);
    }

    /// <summary>The dotnet executable running this test (set by the SDK), else the one on the PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    private static int FreePort()
    {
        // Asked of the system and released at once; another process taking it in between is unlikely on loopback.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
