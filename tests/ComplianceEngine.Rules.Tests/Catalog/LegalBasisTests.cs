using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Rules.Tests.Catalog;

/// <summary>Issue 13 item 1: a rule's severity needs a basis of the right kind, and the shipped catalog carries one on every rule.</summary>
public class LegalBasisTests
{
    private const string SitingBasis = "\"basisKind\": \"regulation\",";

    [Fact]
    public void Check_RefusesProhibition_WhenItRestsOnlyOnAPlan()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", SitingBasis, "\"basisKind\": \"plan\",");
        var issues = RuleSetLoader.Check(rules.Directory).Issues;
        Assert.Contains(issues, i => i.Location == "SIT-T-01.Properties.citation.basisKind" && i.Reason.Contains("a prohibition needs a basis of kind law or regulation"));
    }

    [Fact]
    public void Check_AcceptsSupervisionItem_WhenItRestsOnlyOnAPlan()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", SitingBasis, "\"basisKind\": \"plan\",");
        rules.Edit("catalog/siting.json", "{ \"kind\": \"regulation\",", "{ \"kind\": \"plan\",");
        rules.Edit("catalog/siting.json", "\"severity\": \"prohibition\",", "\"severity\": \"supervision\",");
        rules.Edit("examples/siting.json", "\"outcome\": \"reject\"", "\"outcome\": \"conditional\"");
        Assert.Empty(RuleSetLoader.Check(rules.Directory).Issues);
    }

    [Fact]
    public void Check_RefusesCitation_WhenItsQuoteHasNoEnglish()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", ", \"quoteEn\": \"Coal-fired boilers of 35 t/h or less are no longer approved in the built-up areas of cities at county level and above.\"", "");

        var issues = RuleSetLoader.Check(rules.Directory).Issues;

        Assert.Contains(issues, i => i.Location == "SIT-T-01.Properties.citation.quoteEn");
    }

    [Fact]
    public void Check_RefusesBasisQuote_WhenItHasNoEnglish()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "\"clause\": \"第十一条第（一）项\"", "\"clause\": \"第十一条第（一）项\", \"quote\": \"…\"");

        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);

        Assert.Equal("SIT-T-01.Properties.citation.basis[0].quoteEn", issue.Location);
    }

    [Fact]
    public void Load_GivesEveryShippedCitationItsEnglish()
    {
        Assert.All(Fixture.ShippedRuleSet.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Definition.Citation.QuoteEn), r.Definition.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Definition.Citation.DocumentEn), r.Definition.Id);
            Assert.All(r.Definition.Citation.Basis.Where(b => b.Quote is not null), b => Assert.False(string.IsNullOrWhiteSpace(b.QuoteEn)));
        });
    }

    [Fact]
    public void Check_RefusesBasisKind_WhenNoProvisionOfThatKindNamesItsArticle()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "\"clause\": \"第十一条第（一）项\"", "\"quote\": \"…\", \"quoteEn\": \"…\"");
        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);
        Assert.Equal("SIT-T-01.Properties.citation.basis", issue.Location);
        Assert.Contains("clause (the article)", issue.Reason);
    }

    [Fact]
    public void Check_RefusesRule_WhenBasisKindIsMissing()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", SitingBasis, "");
        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);
        Assert.Equal("SIT-T-01.Properties.citation.basisKind", issue.Location);
        Assert.Equal("required field is missing", issue.Reason);
    }

    [Fact]
    public void ShippedCatalog_RestsEveryViolationOnALawRegulationOrStandard_AndNoPlanOnlyRuleIsOne()
    {
        foreach (var rule in Fixture.ShippedRuleSet.Rules.Select(r => r.Definition))
        {
            var legal = rule.Citation.BasisKind is BasisKind.Law or BasisKind.Regulation or BasisKind.Standard;
            if (rule.Severity is Severity.Prohibition or Severity.Limit or Severity.Obligation or Severity.Condition)
            {
                Assert.True(legal, $"{rule.Id} is a {rule.Severity} resting on {rule.Citation.BasisKind}");
                Assert.Contains(rule.Citation.Basis, b => b.Kind == rule.Citation.BasisKind);
            }
        }
    }

    [Fact]
    public void ShippedCatalog_CarriesTheErratum_WhenTheQuoteKeepsTheSeedsTypo()
    {
        var cement = Fixture.ShippedRuleSet.Rules.Single(r => r.Definition.Id == "ULE-CEMENT-01").Definition.Citation;
        Assert.Contains("重时", cement.Quote);
        Assert.Contains("重点", cement.Erratum);
    }

    [Fact]
    public void Check_RefusesRule_WhenItIsInForceBeforeItsLegalBasis()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "\"clause\": \"第十一条第（一）项\"", "\"clause\": \"第十一条第（一）项\", \"inForce\": \"2030-01-01\"");

        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);

        Assert.Equal("SIT-T-01.Properties.inForce.from", issue.Location);
        Assert.Contains("before any regulation provision it rests on (the earliest is in force from 2030-01-01)", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AcceptsRule_WhenItsLegalBasisIsInForceOnItsFirstDay()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "\"clause\": \"第十一条第（一）项\"", "\"clause\": \"第十一条第（一）项\", \"inForce\": \"2017-10-01\"");

        Assert.Empty(RuleSetLoader.Check(rules.Directory).Issues);
    }

    [Fact]
    public void ShippedCatalog_DatesEveryLawAndRegulationItRestsOn()
    {
        var undated = Fixture.ShippedRuleSet.Rules.Select(r => r.Definition)
            .SelectMany(r => r.Citation.Basis.Where(b => b.Kind is BasisKind.Law or BasisKind.Regulation && b.InForceFrom is null).Select(b => $"{r.Id}: {b.Title}"))
            .ToArray();

        Assert.Empty(undated);
    }

    [Fact]
    public void Load_CitesTheOperativeClause_WhereTheIssueFoundAWrongOne()
    {
        var citations = Fixture.ShippedRuleSet.Rules.ToDictionary(r => r.Definition.Id, r => r.Definition.Citation);

        // SIT-ELIMINATED-01 once cited 第十二章 第三节; ULE-CEMS-01 once quoted a sentence about NOx treatment.
        Assert.Equal(("第三章 第二节", true), (citations["SIT-ELIMINATED-01"].Clause, citations["SIT-ELIMINATED-01"].Quote.Contains("落后产能淘汰", StringComparison.Ordinal)));
        Assert.DoesNotContain("氮氧化物", citations["ULE-CEMS-01"].Quote, StringComparison.Ordinal);
        Assert.Contains("自动监控", citations["ULE-CEMS-01"].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeepsRegistrationUnitsOutOfThePermitDuties_AndGivesThemTheirOwn()
    {
        var rules = Fixture.ShippedRuleSet.Rules.Select(r => r.Definition).ToDictionary(r => r.Id);

        Assert.All(new[] { "PRM-EXPIRED-01", "PRM-RENEW-01", "PRM-REPORT-01" }, id =>
            Assert.Contains(rules[id].Conditions, c => c.Expression.Contains("ManagementClass != \"registration\"", StringComparison.Ordinal)));
        var register = rules["PRM-REGISTER-01"];
        Assert.Equal((Severity.Obligation, "第二十四条"), (register.Severity, register.Citation.Basis[0].Clause));
    }
}
