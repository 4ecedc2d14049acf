using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Evaluation;
using ComplianceEngine.Rules.Examples;

namespace ComplianceEngine.Rules.Tests.Evaluation;

/// <summary>The compiled path and Microsoft RulesEngine's own ExecuteAllRulesAsync fire the same rules on the bundled sample.</summary>
public class RulesEngineParityTests
{
    [Fact]
    public async Task Evaluate_FiresWhatRulesEngineFires_OnEveryRecordOfTheSample()
    {
        var root = Path.GetDirectoryName(Fixture.ShippedRules)!;
        var records = new[] { "enterprises.json", "projects.json" }
            .SelectMany(f => RecordReader.Read(File.ReadAllText(Path.Combine(root, "data", "sample", f)), f).Records)
            .Select(r => r.Record!)
            .ToArray();
        Assert.True(records.Length >= 300);

        var asOf = new DateOnly(2026, 11, 23);
        var mismatches = new List<string>();
        var fired = 0;
        foreach (var record in records)
        {
            // Missing-value findings (ADR 0008) are rules that did not fire; RulesEngine has no counterpart for them.
            var ours = Fixture.ShippedRuleSet.Evaluate(record, asOf).Findings.Where(f => f.MissingFields.Count == 0)
                .Select(f => f.FacilityId is null ? f.RuleId : $"{f.RuleId}@{f.FacilityId}").ToHashSet();
            var reference = await RulesEngineReference.FiredAsync(Fixture.ShippedRuleSet, record, asOf);
            fired += reference.Count;
            if (!ours.SetEquals(reference))
            {
                mismatches.Add($"{record.Id}: ours [{string.Join(", ", ours.Order())}] vs RulesEngine [{string.Join(", ", reference)}]");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(10)));
        Assert.True(fired > 300, $"only {fired} findings: the sample no longer exercises the catalog");
    }

    [Fact]
    public async Task Evaluate_FiresWhatRulesEngineFires_OnTheExamplesWithExceedanceFacts()
    {
        var examples = ExampleReader.Read(Fixture.ShippedRuleSet.Snapshot, []).Where(e => e.Exceedances.Count > 0).ToList();
        Assert.NotEmpty(examples);

        foreach (var example in examples)
        {
            var record = RecordReader.Read(example.Record.ToJsonString(), example.File).Records.Single().Record!;
            var ours = Fixture.ShippedRuleSet.Evaluate(record, example.AsOf, example.Exceedances).Findings
                .Select(f => f.FacilityId is null ? f.RuleId : $"{f.RuleId}@{f.FacilityId}").ToHashSet();

            var reference = await RulesEngineReference.FiredAsync(Fixture.ShippedRuleSet, record, example.AsOf, example.Exceedances);

            Assert.True(ours.SetEquals(reference), $"{example}: ours [{string.Join(", ", ours.Order())}] vs RulesEngine [{string.Join(", ", reference)}]");
            Assert.Equal(example.Fires, reference.Any(r => r.StartsWith(example.Rule + "@", StringComparison.Ordinal)));
        }
    }
}
