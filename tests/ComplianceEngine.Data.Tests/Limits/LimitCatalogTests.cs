using ComplianceEngine.Data.Limits;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Data.Tests.Limits;

public sealed class LimitCatalogTests
{
    private static readonly string MinimalRules = Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules");

    [Fact]
    public void Load_ReadsTheSameLimitsAsTheRuleSet_WhenGivenARulesFolder()
    {
        var fromFiles = LimitCatalog.Load(MinimalRules);
        var fromRuleSet = LimitCatalog.From(RuleSetLoader.Load(MinimalRules));

        Assert.Equal(fromRuleSet.Limits.Select(Describe), fromFiles.Limits.Select(Describe));
        Assert.NotEmpty(fromFiles.Limits);
    }

    [Fact]
    public void Applicable_MatchesListedTypesFuelAndCity_WhenLimitsAreRestricted()
    {
        var limit = new EmissionLimit
        {
            Regime = "ultra-low", FacilityTypes = ["boiler"], Fuel = "coal", Pollutant = "NOx", ValueMgM3 = 50,
            From = new DateOnly(2019, 1, 1), Cities = ["赣州市"],
        };
        var catalog = new LimitCatalog([limit]);

        Assert.Single(catalog.Applicable("ultra-low", "boiler", "coal", "NOx", "赣州市"));
        Assert.Empty(catalog.Applicable("ultra-low", "boiler", "gas", "NOx", "赣州市"));
        Assert.Empty(catalog.Applicable("ultra-low", "boiler", "coal", "NOx", "九江市"));
        Assert.Empty(catalog.Applicable("ultra-low", "sintering", "coal", "NOx", "赣州市"));
        Assert.Empty(catalog.Applicable("standard", "boiler", "coal", "NOx", "赣州市"));
    }

    private static string Describe(EmissionLimit l) =>
        $"{l.Regime} {string.Join(',', l.FacilityTypes)} {l.Fuel} {l.Pollutant} {l.ValueMgM3} {l.From} {l.To} {l.Reference.Number}";
}
