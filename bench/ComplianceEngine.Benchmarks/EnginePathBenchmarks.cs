using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Evaluation;

namespace ComplianceEngine.Benchmarks;

/// <summary>(a) RulesEngine's ExecuteAllRulesAsync per record against (b) the compiled path, one thread, same records, whole catalog.</summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class EnginePathBenchmarks
{
    private const int Records = 2_000;
    private RuleSet _ruleSet = null!;
    private EnterpriseRecord[] _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = BenchData.LoadCatalog();
        _records = BenchData.Enterprises(Records);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records, Description = "(a) ExecuteAllRulesAsync per record")]
    public async Task<int> PlainRulesEngine()
    {
        var fired = 0;
        foreach (var r in _records)
        {
            fired += (await RulesEngineReference.FiredAsync(_ruleSet, r, BenchData.AsOf)).Count;
        }

        return fired;
    }

    [Benchmark(OperationsPerInvoke = Records, Description = "(b) compiled path per record")]
    public int CompiledPath()
    {
        var fired = 0;
        foreach (var r in _records)
        {
            fired += _ruleSet.Evaluate(r, BenchData.AsOf).Findings.Count;
        }

        return fired;
    }
}
