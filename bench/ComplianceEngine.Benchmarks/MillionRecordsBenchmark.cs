using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Benchmarks;

/// <summary>1,000,000 enterprise records through the whole catalog on all cores (target: under 10 s).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class MillionRecordsBenchmark
{
    private RuleSet _ruleSet = null!;
    private EnterpriseRecord[] _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ruleSet = BenchData.LoadCatalog();
        _records = BenchData.Enterprises(1_000_000);
    }

    [Benchmark(Description = "1M enterprises, whole catalog, EvaluateAll")]
    public int EvaluateAll() => _ruleSet.EvaluateAll(_records, BenchData.AsOf).Length;
}
