using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Parameters;
using ComplianceEngine.Screening.Monitoring;

namespace ComplianceEngine.Screening.Tests.Monitoring;

public sealed class LimitCatalogTests
{
    private static readonly string MinimalRules = Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules");

    [Fact]
    public void From_ServesTheRuleSetsOwnLimits_WhenGivenALoadedRuleSet()
    {
        var ruleSet = RuleSetLoader.Load(MinimalRules);
        var catalog = LimitCatalog.From(ruleSet);

        Assert.NotEmpty(catalog.Limits);
        Assert.Same(ruleSet.Parameters.Limits, catalog.Limits);
    }

    [Fact]
    public void Applicable_MatchesListedTypesFuelAndCity_WhenLimitsAreRestricted()
    {
        var limit = new EmissionLimit
        {
            Regime = "ultra-low", FacilityTypes = ["boiler"], Fuel = "coal", Pollutant = "NOx", ValueMgM3 = 50,
            From = new DateOnly(2019, 1, 1), Cities = ["赣州市"], Reference = new ParameterReference { Title = "t", Number = "n" },
        };
        var catalog = new LimitCatalog([limit]);

        Assert.Single(catalog.Applicable("ultra-low", "boiler", "coal", "NOx", "赣州市"));
        Assert.Empty(catalog.Applicable("ultra-low", "boiler", "gas", "NOx", "赣州市"));
        Assert.Empty(catalog.Applicable("ultra-low", "boiler", "coal", "NOx", "九江市"));
        Assert.Empty(catalog.Applicable("ultra-low", "boiler", "coal", "SO2", "赣州市"));
        Assert.Empty(catalog.Applicable("ultra-low", "sintering", "coal", "NOx", "赣州市"));
        Assert.Empty(catalog.Applicable("standard", "boiler", "coal", "NOx", "赣州市"));
    }
}
