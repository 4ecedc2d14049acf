using System.Diagnostics;
using System.Runtime;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// One batch through the whole catalog, timed by wall clock and by process CPU time. On a shared machine the CPU
/// time divided by the cores is the better estimate of what an idle machine would take.
/// </summary>
internal static class Throughput
{
    public static int Run(int count)
    {
        var ruleSet = BenchData.LoadCatalog();
        var records = BenchData.Enterprises(count);
        ruleSet.EvaluateAll(records[..Math.Min(count, 20_000)], BenchData.AsOf);
        GC.Collect();

        for (var run = 1; run <= 3; run++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var results = ruleSet.EvaluateAll(records, BenchData.AsOf);
            wall.Stop();
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"run {run}: {count:N0} enterprises, {results.Sum(r => r.Findings.Count):N0} findings, wall {wall.Elapsed.TotalSeconds:F2} s, "
                + $"CPU {cpuSeconds:F2} s on {Environment.ProcessorCount} cores (CPU/cores {cpuSeconds / Environment.ProcessorCount:F2} s), server GC {GCSettings.IsServerGC}");
            GC.Collect();
        }

        return 0;
    }
}
