using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ComplianceEngine.Host.Bench;

/// <summary>
/// The measured phase of a run: what was sent, what came back, throughput, latency, the machine's load, and for an
/// open-loop run whether the target (a rate sustained with every request answered and p99 under a bound) was met.
/// </summary>
internal sealed record RunReport(
    string Mode,
    string Records,
    int? OfferedRate,
    int Concurrency,
    double WarmupSeconds,
    double DurationSeconds,
    long Sent,
    long Ok,
    long Failed,
    long NotSent,
    IReadOnlyDictionary<string, long> Errors,
    long WarmupOk,
    long WarmupFailed,
    double ThroughputPerSecond,
    LatencySummary LatencyMs,
    IReadOnlyList<SecondStats> Timeline,
    double MaxSendLagMs,
    string LoadAverageBefore,
    string LoadAverageAfter,
    double TargetP99Ms,
    bool? TargetMet,
    string Verdict)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static RunReport From(BenchSettings settings, RunOutcome outcome, string loadBefore, string loadAfter)
    {
        var measured = outcome.Measured;
        // Successful answers over the time from the start of measurement to the last answer: a host that falls behind
        // stretches the denominator instead of the figure looking like the offered rate.
        var seconds = (double)(measured.LastCompletion - outcome.MeasureStart) / Stopwatch.Frequency;
        var throughput = measured.Ok > 0 && seconds > 0 ? measured.Ok / seconds : 0;
        var latency = LatencySummary.From(measured.Latencies);
        var open = settings.ClosedLoop is null;
        bool? met = null;
        string verdict;
        if (open)
        {
            var problems = new List<string>();
            if (settings.Rate < settings.TargetRate)
            {
                problems.Add($"offered {settings.Rate}/s is below the target rate");
            }

            if (measured.Failed + measured.NotSent > 0)
            {
                problems.Add($"{measured.Failed + measured.NotSent} request(s) failed or not sent");
            }

            // The last answers arrive a latency after the last request left; 1% covers that, not a shortfall.
            if (throughput < settings.TargetRate * 0.99)
            {
                problems.Add($"throughput {throughput:F1}/s below {settings.TargetRate}/s");
            }

            if (!(latency.P99 < settings.TargetP99Ms))
            {
                problems.Add($"p99 {latency.P99:F1} ms not under {settings.TargetP99Ms} ms");
            }

            met = problems.Count == 0;
            verdict = met.Value
                ? $"target met: {settings.TargetRate}/s sustained, p99 under {settings.TargetP99Ms} ms"
                : $"target missed ({settings.TargetRate}/s, p99 < {settings.TargetP99Ms} ms): {string.Join("; ", problems)}";
        }
        else
        {
            verdict = $"closed loop: {throughput:F0}/s at {settings.ClosedLoop} in flight (no target: latency here is service time)";
        }

        return new RunReport(
            open ? "open loop" : "closed loop",
            settings.Repeat ? "repeat (the sample's records as they are: stored evaluations after the first pass)" : "distinct (a new project id per request: a new evaluation stored each time)",
            open ? settings.Rate : null,
            settings.ClosedLoop ?? settings.Connections,
            settings.Warmup.TotalSeconds,
            settings.Duration.TotalSeconds,
            measured.Sent,
            measured.Ok,
            measured.Failed,
            measured.NotSent,
            measured.Errors,
            outcome.Warmup.Ok,
            outcome.Warmup.Failed + outcome.Warmup.NotSent,
            throughput,
            latency,
            SecondStats.Timeline(measured, outcome.MeasureStart),
            outcome.MaxSendLag.TotalMilliseconds,
            loadBefore,
            loadAfter,
            settings.TargetP99Ms,
            met,
            verdict);
    }

    public void Print(TextWriter output)
    {
        void Line(FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));

        Line($"mode            {Mode}{(OfferedRate is { } r ? $", {r}/s offered, up to {Concurrency} connections" : $", {Concurrency} in flight")}");
        Line($"records         {Records}");
        Line($"warm-up         {WarmupSeconds:F0} s: {WarmupOk} ok, {WarmupFailed} failed or not sent");
        Line($"measured        {DurationSeconds:F0} s: {Sent} sent, {Ok} ok, {Failed} failed, {NotSent} not sent (too many in flight)");
        foreach (var (label, count) in Errors.OrderByDescending(e => e.Value))
        {
            Line($"  error         {label}: {count}");
        }

        Line($"throughput      {ThroughputPerSecond:F1} screenings/s");
        Line($"latency (ms)    p50 {LatencyMs.P50:F2}  p90 {LatencyMs.P90:F2}  p99 {LatencyMs.P99:F2}  p99.9 {LatencyMs.P999:F2}  max {LatencyMs.Max:F2}  mean {LatencyMs.Mean:F2}");
        var slowSeconds = Timeline.Count(s => s.P99Ms >= TargetP99Ms);
        var worst = Timeline.OrderByDescending(s => s.MaxMs).Take(3)
            .Select(s => FormattableString.Invariant($"second {s.Second} (max {s.MaxMs:F0} ms)"));
        Line($"by second       p99 at or over {TargetP99Ms} ms in {slowSeconds} of {Timeline.Count} seconds; worst: {string.Join(", ", worst)}");
        if (OfferedRate is not null)
        {
            Line($"scheduler       latest send {MaxSendLagMs:F1} ms after it was due");
        }

        Line($"load average    before {LoadAverageBefore}, after {LoadAverageAfter}");
        output.WriteLine(Verdict);
    }

    public void WriteJson(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
