using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Benchmarks;

/// <summary>(c) Five representative rules hand-written in C# against the same five rules in the engine, one thread, same records.</summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class FiveRulesBenchmarks
{
    private const int Records = 100_000;
    private static readonly string[] Five = ["PRM-NONE-01", "PRM-EXPIRED-01", "ULE-STEEL-01", "VOC-BYPASS-01", "LIM-STD-01"];
    private RuleSet _five = null!;
    private EnterpriseRecord[] _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        _five = BenchData.LoadCatalog().Only(Five);
        if (_five.Rules.Count != Five.Length)
        {
            throw new InvalidOperationException("the catalog no longer has the five benchmark rules: " + string.Join(", ", Five));
        }

        _records = BenchData.Enterprises(Records);

        // Both sides must find the same things, or the comparison measures different work.
        var byHand = _records.Sum(r => HandWrittenRules.Evaluate(r, BenchData.AsOf).Count);
        var byEngine = _records.Sum(r => _five.Evaluate(r, BenchData.AsOf).Findings.Count);
        if (byHand != byEngine)
        {
            throw new InvalidOperationException($"hand-written rules found {byHand} findings, the engine {byEngine}");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records, Description = "(c) five rules hand-written in C#")]
    public int HandWritten()
    {
        var fired = 0;
        foreach (var r in _records)
        {
            fired += HandWrittenRules.Evaluate(r, BenchData.AsOf).Count;
        }

        return fired;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "(c) the same five rules in the engine")]
    public int Engine()
    {
        var fired = 0;
        foreach (var r in _records)
        {
            fired += _five.Evaluate(r, BenchData.AsOf).Findings.Count;
        }

        return fired;
    }
}
