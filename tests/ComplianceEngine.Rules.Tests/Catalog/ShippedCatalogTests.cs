using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Rules.Tests.Catalog;

public class ShippedCatalogTests
{
    [Fact]
    public void Check_FindsNoIssue_InTheShippedCatalog()
    {
        var (_, issues) = RuleSetLoader.Check(Fixture.ShippedRules);
        Assert.True(issues.Count == 0, string.Join(Environment.NewLine, issues));
    }

    [Fact]
    public void Catalog_HasAtLeastFortyRules_InEveryRequiredFamily()
    {
        var rules = Fixture.ShippedRuleSet.Rules.Select(r => r.Definition).ToArray();
        Assert.True(rules.Length >= 40, $"{rules.Length} rules");
        foreach (var family in new[] { "siting", "two-high", "ultra-low", "voc", "permits", "heavy-metals", "limits" })
        {
            Assert.Contains(rules, r => r.Family == family);
        }
    }

    [Fact]
    public void EveryRule_CitesAQuoteFromItsSource_AndSpeaksBothLanguages()
    {
        var ruleSet = Fixture.ShippedRuleSet;
        Assert.All(ruleSet.Rules.Select(r => r.Definition), d =>
        {
            Assert.True(ruleSet.Sources[d.CitationSource].Contains(d.Citation.Quote), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Citation.Clause));
            Assert.False(string.IsNullOrWhiteSpace(d.Message.Zh));
            Assert.False(string.IsNullOrWhiteSpace(d.Message.En));
        });
    }

    [Fact]
    public void DatedObligations_HaveADeadlineForEveryCity_WhileInForce()
    {
        var ruleSet = Fixture.ShippedRuleSet;
        foreach (var d in ruleSet.Rules.Select(r => r.Definition).Where(d => d.Severity == Severity.Obligation && d.DeadlineParameter is not null))
        {
            ruleSet.Parameters.TryGet(d.DeadlineParameter!, out _, out var parameter);
            foreach (var city in d.Cities.Count > 0 ? d.Cities : Core.Records.ContractValues.Cities)
            {
                Assert.True(parameter.Resolve(city, d.InForceFrom) is not null, $"{d.Id}: no deadline for {city} on {d.InForceFrom}");
            }
        }
    }
}
