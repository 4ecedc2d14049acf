using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ComplianceEngine.Benchmarks.FiveRules;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// Five representative rules, one thread, same records: hand-written in C#, in the engine, and in NRules. Setup fails
/// unless every peer finds exactly the engine's findings, record by record (<see cref="FindingParity"/>).
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class FiveRulesBenchmarks
{
    private const int Records = 100_000;
    private RuleSet _five = null!;
    private HandWrittenRules _byHand = null!;
    private NRulesFiveRules _nrules = null!;
    private EnterpriseRecord[] _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        _five = BenchData.FiveRuleSet();
        _byHand = new HandWrittenRules(_five.Parameters);
        _nrules = new NRulesFiveRules(_five.Parameters);
        _records = BenchData.Enterprises(Records);

        // Every peer must find the same things, or the comparison measures different work.
        FindingParity.Require("hand-written C#", _records, r => _five.Evaluate(r, BenchData.AsOf).Findings, r => _byHand.Evaluate(r, BenchData.AsOf));
        FindingParity.Require("NRules", _records, r => _five.Evaluate(r, BenchData.AsOf).Findings, r => _nrules.Evaluate(r, BenchData.AsOf));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records, Description = "five rules hand-written in C#")]
    public int HandWritten()
    {
        var fired = 0;
        foreach (var r in _records)
        {
            fired += _byHand.Evaluate(r, BenchData.AsOf).Count;
        }

        return fired;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "the same five rules in the engine")]
    public int Engine()
    {
        var fired = 0;
        foreach (var r in _records)
        {
            fired += _five.Evaluate(r, BenchData.AsOf).Findings.Count;
        }

        return fired;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "the same five rules in NRules 1.0.4")]
    public int NRules()
    {
        var fired = 0;
        foreach (var r in _records)
        {
            fired += _nrules.Evaluate(r, BenchData.AsOf).Count;
        }

        return fired;
    }
}
