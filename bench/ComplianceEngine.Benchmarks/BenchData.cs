using ComplianceEngine.Benchmarks.FiveRules;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Synthetic;

namespace ComplianceEngine.Benchmarks;

/// <summary>The shipped catalog and seeded synthetic enterprises, the same for every benchmark.</summary>
internal static class BenchData
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public static RuleSet LoadCatalog() => RuleSetLoader.Load(RulesDirectory.Resolve(null));

    /// <summary>The catalog restricted to the five representative rules every peer implements.</summary>
    public static RuleSet FiveRuleSet()
    {
        var five = LoadCatalog().Only(FiveRuleFindings.Ids);
        if (five.Rules.Count != FiveRuleFindings.Ids.Count)
        {
            throw new InvalidOperationException("the catalog no longer has the five benchmark rules: " + string.Join(", ", FiveRuleFindings.Ids));
        }

        return five;
    }

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
