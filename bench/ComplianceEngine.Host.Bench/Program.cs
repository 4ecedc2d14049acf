using System.CommandLine;
using System.Globalization;
using ComplianceEngine.Host.Bench;

var url = new Option<string>("--url") { Description = "The host's base address", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };
var key = new Option<string?>("--key") { Description = "An officer or admin API key (default: the BENCH_API_KEY environment variable, which keeps it out of the process list)" };
var projects = new Option<FileInfo?>("--projects") { Description = "A JSON array of project records (default: data/sample/projects.json above the working folder)" };
var asOf = new Option<string>("--as-of") { Description = "The screenings' as-of date", DefaultValueFactory = _ => "2026-11-23" };
var repeat = new Option<bool>("--repeat") { Description = "Send the sample records unchanged (after the first pass every screening finds its stored evaluation) instead of a new project id per request" };
var rate = new Option<int>("--rate") { Description = "Open loop: requests per second", DefaultValueFactory = _ => 500 };
var closedLoop = new Option<int?>("--closed-loop") { Description = "Closed loop instead: this many requests in flight, each sent when the previous answer arrives (maximum throughput)" };
var duration = new Option<int>("--duration") { Description = "Measured seconds", DefaultValueFactory = _ => 60 };
var warmup = new Option<int>("--warmup") { Description = "Seconds of load before measuring (JIT, connection pools, caches)", DefaultValueFactory = _ => 10 };
var connections = new Option<int>("--connections") { Description = "Open loop: most connections to the host; further requests wait for one (and the wait counts)", DefaultValueFactory = _ => 256 };
var maxInFlight = new Option<int>("--max-in-flight") { Description = "Open loop: requests not sent (and counted) beyond this many in flight", DefaultValueFactory = _ => 20_000 };
var timeout = new Option<int>("--timeout") { Description = "Seconds before a request counts as timed out", DefaultValueFactory = _ => 30 };
var targetRate = new Option<int>("--target-rate") { Description = "Target: screenings per second sustained", DefaultValueFactory = _ => 500 };
var targetP99 = new Option<double>("--target-p99") { Description = "Target: p99 latency under this many milliseconds", DefaultValueFactory = _ => 50 };
var json = new Option<FileInfo?>("--json") { Description = "Also write the report as JSON to this file" };

var root = new RootCommand("Load client for POST /api/v1/screenings: one project record per request, open loop at a fixed rate (default) or closed loop")
{
    url, key, projects, asOf, repeat, rate, closedLoop, duration, warmup, connections, maxInFlight, timeout, targetRate, targetP99, json,
};
root.SetAction((result, ct) =>
{
    // Checked here rather than in a validator: validators do not see the options' default values.
    var problems = new List<string>();
    var apiKey = result.GetValue(key) ?? Environment.GetEnvironmentVariable("BENCH_API_KEY");
    if (string.IsNullOrEmpty(apiKey))
    {
        problems.Add("give an API key with --key or BENCH_API_KEY");
    }

    if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
    {
        problems.Add("--url: expected an absolute http(s) address");
    }

    if (!DateOnly.TryParseExact(result.GetValue(asOf), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
    {
        problems.Add("--as-of: expected yyyy-MM-dd");
    }

    if (result.GetValue(rate) < 1 || result.GetValue(duration) < 1 || result.GetValue(warmup) < 0 || result.GetValue(connections) < 1
        || result.GetValue(maxInFlight) < 1 || result.GetValue(timeout) < 1 || result.GetValue(closedLoop) is < 1)
    {
        problems.Add("--rate, --duration, --connections, --max-in-flight, --timeout and --closed-loop must be positive, --warmup not negative");
    }

    var projectsFile = result.GetValue(projects)?.FullName ?? SampleProjects();
    if (projectsFile is null)
    {
        problems.Add("no --projects given and no data/sample/projects.json above the working folder");
    }

    if (problems.Count > 0)
    {
        problems.ForEach(Console.Error.WriteLine);
        return Task.FromResult(2);
    }

    var settings = new BenchSettings(
        // A base address without a trailing slash would drop its last segment when the endpoint is resolved against it.
        baseUrl!.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/"),
        apiKey!,
        projectsFile!,
        date,
        result.GetValue(repeat),
        result.GetValue(rate),
        result.GetValue(closedLoop),
        TimeSpan.FromSeconds(result.GetValue(duration)),
        TimeSpan.FromSeconds(result.GetValue(warmup)),
        result.GetValue(connections),
        result.GetValue(maxInFlight),
        TimeSpan.FromSeconds(result.GetValue(timeout)),
        result.GetValue(targetRate),
        result.GetValue(targetP99),
        result.GetValue(json)?.FullName);
    return RunAsync(settings, ct);
});

return await root.Parse(args).InvokeAsync();

static async Task<int> RunAsync(BenchSettings settings, CancellationToken ct)
{
    var bodies = ProjectBodies.Load(settings.ProjectsFile, settings.Repeat);
    using var client = new ScreeningClient(settings.Url, settings.Key, settings.AsOf, settings.ClosedLoop ?? settings.Connections, settings.Timeout);

    // One request first: a wrong key or address should fail in a line, not as sixty seconds of errors.
    var probe = await client.SendAsync(bodies.Next(), ct);
    if (probe is not null)
    {
        Console.Error.WriteLine($"the first screening failed ({probe}); is the host up at {settings.Url} and the key an officer's or admin's?");
        return 2;
    }

    Console.WriteLine(settings.ClosedLoop is { } n
        ? $"closed loop, {n} in flight: {settings.Warmup.TotalSeconds:F0} s warm-up, {settings.Duration.TotalSeconds:F0} s measured, {bodies.Count} sample projects"
        : $"open loop, {settings.Rate}/s: {settings.Warmup.TotalSeconds:F0} s warm-up, {settings.Duration.TotalSeconds:F0} s measured, {bodies.Count} sample projects");
    var loadBefore = LoadAverage();
    var outcome = settings.ClosedLoop is { } concurrency
        ? await new ClosedLoopRun(client, bodies, settings, concurrency).RunAsync(ct)
        : await new OpenLoopRun(client, bodies, settings).RunAsync(ct);
    var report = RunReport.From(settings, outcome, loadBefore, LoadAverage());
    report.Print(Console.Out);
    if (settings.JsonOut is { } path)
    {
        report.WriteJson(path);
    }

    return 0;
}

// The 1, 5 and 15 minute load averages, as uptime prints them: the machine is shared, so every figure carries its load.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string? SampleProjects()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "data", "sample", "projects.json");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    return null;
}
