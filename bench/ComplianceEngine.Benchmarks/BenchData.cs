using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Synthetic;

namespace ComplianceEngine.Benchmarks;

/// <summary>The shipped catalog and seeded synthetic enterprises, the same for every benchmark.</summary>
internal static class BenchData
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public static RuleSet LoadCatalog() => RuleSetLoader.Load(RulesDirectory.Resolve(null));

    public static EnterpriseRecord[] Enterprises(int count)
    {
        var generator = new EnterpriseGenerator(seed: 20261123, AsOf);
        var records = new EnterpriseRecord[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = generator.Next(i + 1);
        }

        return records;
    }
}
